package org.ablationpath.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

    enum Category { COMPLETE, RESIDUAL_VIABLE }

    static class Lesion {
        @NotNull
        Category category;
        @DecimalMax("50.0")
        BigDecimal marginMm;
    }

    static class Form {
        static final int IGNORED = 1;
        @NotNull
        LocalDate performedOn;
        @NotBlank
        @Size(max = 200)
        String note;
        @Min(1)
        Integer sessions;
        Boolean preAuthorised;
        @NotNull
        List<Lesion> lesions;
        List<Category> categories;
    }

    @Test
    void describesTypesRequirementsLimitsAndNestedItems() {
        List<FormField> fields = FormFields.of(Form.class);

        assertThat(fields).extracting(FormField::name)
                .containsExactly("performedOn", "note", "sessions", "preAuthorised", "lesions", "categories");
        assertThat(field(fields, "performedOn")).returns("date", FormField::type).returns(true, FormField::required);
        assertThat(field(fields, "note")).returns("string", FormField::type).returns(200, FormField::maxLength);
        assertThat(field(fields, "sessions")).returns("integer", FormField::type).returns(false, FormField::required)
                .returns(BigDecimal.ONE, FormField::minimum);
        assertThat(field(fields, "preAuthorised").type()).isEqualTo("boolean");
        FormField lesions = field(fields, "lesions");
        assertThat(lesions).returns("array", FormField::type).returns("object", FormField::itemType);
        assertThat(field(lesions.fields(), "category").allowedValues()).containsExactly("COMPLETE", "RESIDUAL_VIABLE");
        assertThat(field(lesions.fields(), "marginMm").maximum()).isEqualByComparingTo("50.0");
        assertThat(field(fields, "categories")).returns("enum", FormField::itemType)
                .returns(List.of("COMPLETE", "RESIDUAL_VIABLE"), FormField::allowedValues);
    }

    private static FormField field(List<FormField> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
