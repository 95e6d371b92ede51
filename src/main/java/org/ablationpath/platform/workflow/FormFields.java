package org.ablationpath.platform.workflow;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Describes a form bean from its fields and Bean Validation annotations: the same annotations that validate a
 * submission describe it, so the description cannot drift from the validation.
 */
public final class FormFields {

    private static final int MAX_DEPTH = 4;

    private FormFields() {
    }

    /** The fields of a form whose fields name no configured code list. */
    public static List<FormField> of(Class<?> formType) {
        return of(formType, property -> List.of());
    }

    /** The fields of a form; {@code configured} reads the code lists of {@link ConfiguredValues} fields. */
    public static List<FormField> of(Class<?> formType, Function<String, List<String>> configured) {
        return describe(formType, 0, configured);
    }

    private static List<FormField> describe(Class<?> type, int depth, Function<String, List<String>> configured) {
        List<FormField> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            List<FormField> own = new ArrayList<>();
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    own.add(describe(field, depth, configured));
                }
            }
            fields.addAll(0, own);
        }
        return List.copyOf(fields);
    }

    private static FormField describe(Field field, int depth, Function<String, List<String>> configured) {
        Class<?> type = field.getType();
        boolean required = field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                || field.isAnnotationPresent(NotEmpty.class) || type.isPrimitive();
        BigDecimal minimum = minimum(field);
        BigDecimal maximum = maximum(field);
        Size size = field.getAnnotation(Size.class);
        Integer maxLength = size != null && size.max() != Integer.MAX_VALUE && type == String.class ? size.max() : null;
        if (Collection.class.isAssignableFrom(type)) {
            Class<?> item = itemType(field.getGenericType());
            String itemKind = kind(item);
            List<FormField> itemFields = "object".equals(itemKind) && depth < MAX_DEPTH ? describe(item, depth + 1, configured) : List.of();
            return new FormField(field.getName(), "array", required, enumValues(item), null, null, null, itemKind, itemFields);
        }
        String kind = kind(type);
        List<FormField> nested = "object".equals(kind) && depth < MAX_DEPTH ? describe(type, depth + 1, configured) : List.of();
        ConfiguredValues codeList = field.getAnnotation(ConfiguredValues.class);
        List<String> allowed = codeList != null ? configured.apply(codeList.value()) : enumValues(type);
        return new FormField(field.getName(), kind, required, allowed, minimum, maximum, maxLength, null, nested);
    }

    private static String kind(Class<?> type) {
        if (type == String.class) {
            return "string";
        }
        if (type.isEnum()) {
            return "enum";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == Instant.class || type == LocalDateTime.class || type == OffsetDateTime.class) {
            return "date-time";
        }
        if (type == LocalTime.class) {
            return "time";
        }
        if (type == java.util.UUID.class) {
            return "string";
        }
        return "object";
    }

    private static List<String> enumValues(Class<?> type) {
        return type.isEnum() ? Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name()).toList() : List.of();
    }

    private static Class<?> itemType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return Object.class;
    }

    private static BigDecimal minimum(Field field) {
        if (field.isAnnotationPresent(Min.class)) {
            return BigDecimal.valueOf(field.getAnnotation(Min.class).value());
        }
        if (field.isAnnotationPresent(DecimalMin.class)) {
            return new BigDecimal(field.getAnnotation(DecimalMin.class).value());
        }
        if (field.isAnnotationPresent(PositiveOrZero.class)) {
            return BigDecimal.ZERO;
        }
        if (field.isAnnotationPresent(Positive.class)) {
            // exclusive bound: the smallest positive integer for integer fields, else 0 (documented as "> 0" by type)
            return "integer".equals(kind(field.getType())) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return null;
    }

    private static BigDecimal maximum(Field field) {
        if (field.isAnnotationPresent(Max.class)) {
            return BigDecimal.valueOf(field.getAnnotation(Max.class).value());
        }
        if (field.isAnnotationPresent(DecimalMax.class)) {
            return new BigDecimal(field.getAnnotation(DecimalMax.class).value());
        }
        return null;
    }
}
