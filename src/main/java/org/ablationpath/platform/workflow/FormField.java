package org.ablationpath.platform.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a task form as {@code GET /api/tasks/{id}} describes it, so that hospital systems can fill the form
 * without reading our code: JSON name, type ({@code string, integer, number, boolean, date, date-time, time, enum,
 * object, array}), whether it is required, the allowed values of an enum, limits, and the fields of nested objects
 * or list items.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FormField(String name, String type, boolean required, List<String> allowedValues,
                        BigDecimal minimum, BigDecimal maximum, Integer maxLength, String itemType,
                        List<FormField> fields) {
}
