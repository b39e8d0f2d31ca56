package org.innomatch.problems;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses a date or time in a request body outside the years 1 to 9999, as a 400 naming the field. ISO 8601 allows
 * {@code +999999999-12-31T23:59:59Z}, which neither PostgreSQL's timestamps nor MongoDB's dates (milliseconds in a
 * long) can hold: such a value used to fail in the store with a 500.
 */
@Singleton
public class StorableTimes implements ObjectMapperCustomizer {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;
    public static final String MESSAGE = "must be between the years " + FIRST_YEAR + " and " + LAST_YEAR;

    private static final Set<Class<?>> CHECKED = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class,
            LocalDateTime.class, LocalDate.class);

    @Override
    public void customize(ObjectMapper mapper) {
        BeanDeserializerModifier yearChecks = new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return CHECKED.contains(description.getBeanClass()) ? new YearCheck(deserializer) : deserializer;
            }
        };
        mapper.registerModule(new SimpleModule("storable-times").setDeserializerModifier(yearChecks));
    }

    /** A date or time outside the years every store holds. */
    static final class OutOfRangeException extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        OutOfRangeException(JsonParser parser, Object value, Class<?> type) {
            super(parser, "Date " + MESSAGE, String.valueOf(value), type);
        }
    }

    /** Whether every store holds {@code instant}; for times a service parses itself rather than through Jackson. */
    public static boolean holds(Instant instant) {
        int year = yearOf(instant);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    static int yearOf(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC).getYear();
        }
        if (value instanceof OffsetDateTime time) {
            return time.getYear();
        }
        if (value instanceof ZonedDateTime time) {
            return time.getYear();
        }
        if (value instanceof LocalDateTime time) {
            return time.getYear();
        }
        return ((LocalDate) value).getYear();
    }

    private static final class YearCheck extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        YearCheck(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new YearCheck(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value != null) {
                int year = yearOf(value);
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    throw new OutOfRangeException(parser, value, value.getClass());
                }
            }
            return value;
        }
    }
}
