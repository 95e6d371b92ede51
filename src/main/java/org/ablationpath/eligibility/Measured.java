package org.ablationpath.eligibility;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A numeric value that may arrive in a non-canonical unit (VAL-06): either a plain JSON number, meaning the
 * canonical unit of the field, or {@code {"value": 2.0, "unit": "mg/dL"}}. {@code unit == null} means canonical.
 * Anything else (a string, a boolean, an object with other keys) is a type error, i.e. an HTTP 400, not a
 * clinical validation error.
 */
@JsonDeserialize(using = Measured.Deserializer.class)
@JsonSerialize(using = Measured.Serializer.class)
public record Measured(BigDecimal value, String unit) {

    public static Measured of(BigDecimal canonicalValue) {
        return new Measured(canonicalValue, null);
    }

    public static Measured of(double canonicalValue) {
        return new Measured(BigDecimal.valueOf(canonicalValue), null);
    }

    public static Measured of(double value, String unit) {
        return new Measured(BigDecimal.valueOf(value), unit);
    }

    static final class Deserializer extends JsonDeserializer<Measured> {
        @Override
        public Measured deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return new Measured(p.getDecimalValue(), null);
            }
            if (token != JsonToken.START_OBJECT) {
                return (Measured) ctxt.handleUnexpectedToken(Measured.class, p);
            }
            BigDecimal value = null;
            String unit = null;
            for (token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                String name = p.currentName();
                JsonToken valueToken = p.nextToken();
                switch (name) {
                    case "value" -> {
                        if (valueToken != JsonToken.VALUE_NUMBER_INT && valueToken != JsonToken.VALUE_NUMBER_FLOAT) {
                            return (Measured) ctxt.handleUnexpectedToken(BigDecimal.class, p);
                        }
                        value = p.getDecimalValue();
                    }
                    case "unit" -> {
                        if (valueToken != JsonToken.VALUE_STRING) {
                            return (Measured) ctxt.handleUnexpectedToken(String.class, p);
                        }
                        unit = p.getText();
                    }
                    default -> ctxt.handleUnknownProperty(p, this, Measured.class, name);
                }
            }
            if (value == null) {
                return ctxt.reportInputMismatch(Measured.class, "a measured value needs a numeric \"value\"");
            }
            return new Measured(value, unit);
        }
    }

    /** Canonical values (no unit) are written back as plain numbers, so a normalised document reads like SI input. */
    static final class Serializer extends JsonSerializer<Measured> {
        @Override
        public void serialize(Measured m, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (m.unit() == null) {
                gen.writeNumber(m.value());
                return;
            }
            gen.writeStartObject();
            gen.writeNumberField("value", m.value());
            gen.writeStringField("unit", m.unit());
            gen.writeEndObject();
        }
    }
}
