package org.ablationpath.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL cannot store the NUL character in text: a JSON string holding one would fail at the database as a
 * 500. Refusing it while reading the request makes it a 400 naming the field, before anything is stored.
 */
@Configuration(proxyBeanMethods = false)
class TextWithoutNulCharacters {

    @Bean
    Module textWithoutNulCharactersModule() {
        return new SimpleModule("text-without-nul-characters").addDeserializer(String.class, new NulRefusingStrings());
    }

    /** A string with a NUL character; {@link JsonProblems} names its path. */
    static final class NulCharacterException extends JsonMappingException {
        NulCharacterException(JsonParser parser) {
            super(parser, "Text must not contain the NUL character.");
        }
    }

    private static final class NulRefusingStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new NulCharacterException(p);
            }
            return value;
        }
    }
}
