package org.innomatch.problems;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses a string holding U+0000 anywhere in a request body, as a 400 naming the field. PostgreSQL cannot store
 * that character in text, so such a value used to reach the database and fail there with a 500; no real text
 * contains it.
 */
@Singleton
public class NulFreeStrings implements ObjectMapperCustomizer {

    static final String MESSAGE = "must not contain the NUL character (U+0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-free-strings").addDeserializer(String.class, new Deserializer()));
    }

    /** A string with U+0000 in it. */
    static final class NulCharacterException extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        NulCharacterException(JsonParser parser) {
            super(parser, "String " + MESSAGE, null, String.class);
        }
    }

    private static final class Deserializer extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw new NulCharacterException(parser);
            }
            return value;
        }
    }
}
