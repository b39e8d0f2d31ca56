package org.innomatch.problems;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns Jackson's complaints about a request body into 400 problems that name the field (built from Jackson's
 * path, e.g. {@code fundingSought.amount}, {@code sectors[2]}) and say what was expected, without Java class
 * names.
 */
final class JsonBindingProblems {

    static final String MALFORMED_TITLE = "Malformed request body";

    private JsonBindingProblems() {
    }

    /** {@code null} when the exception is the server's fault (a type Jackson cannot bind at all). */
    static Problem of(JsonProcessingException e) {
        if (e instanceof InvalidDefinitionException) {
            return null;
        }
        if (e instanceof JsonMappingException mapping) {
            FieldError error = fieldError(mapping);
            return malformed("A value in the request body does not have the expected type or format", List.of(error));
        }
        if (e instanceof StreamConstraintsException) {
            return malformed("The request body exceeds a JSON size or nesting limit: " + e.getOriginalMessage(),
                    List.of());
        }
        // Not well-formed JSON: there is no bound field, but the parser knows where it was.
        String where = location(e.getLocation());
        String path = e.getProcessor() instanceof JsonParser parser ? pathOf(parser.getParsingContext()) : null;
        String detail = "The request body is not well-formed JSON" + where + ": " + e.getOriginalMessage();
        List<FieldError> errors = path == null ? List.of() : List.of(FieldError.of(path, "is not well-formed JSON"));
        return malformed(detail, errors);
    }

    private static Problem malformed(String detail, List<FieldError> errors) {
        return new Problem(ProblemTypes.MALFORMED_BODY, MALFORMED_TITLE, 400, detail, null, errors, null);
    }

    static FieldError fieldError(JsonMappingException e) {
        String field = pathOf(e.getPath());
        if (e instanceof PropertyBindingException unknown) {
            List<String> known = unknown.getKnownPropertyIds() == null ? null
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return new FieldError(field, "is not a known field", null, known);
        }
        if (e instanceof NulFreeStrings.NulCharacterException) {
            return FieldError.of(field, NulFreeStrings.MESSAGE);
        }
        if (e instanceof StorableTimes.OutOfRangeException range) {
            return FieldError.of(field, StorableTimes.MESSAGE, range.getValue());
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            String rejected = format.getValue() == null ? null : String.valueOf(format.getValue());
            if (target != null && target.isEnum()) {
                return new FieldError(field, "must be one of the allowed values", rejected, enumNames(target));
            }
            return new FieldError(field, "must be " + describe(target), rejected, null);
        }
        if (e instanceof ValueInstantiationException instantiation) {
            // Records validate in their constructor; an IllegalArgumentException there is meant for the caller.
            Throwable cause = instantiation.getCause();
            String message = cause instanceof IllegalArgumentException && cause.getMessage() != null
                    ? cause.getMessage() : "is not a valid value";
            return FieldError.of(field, message);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (target.isEnum()) {
                return new FieldError(field, "must be one of the allowed values", null, enumNames(target));
            }
            return FieldError.of(field, "must be " + describe(target));
        }
        return FieldError.of(field, "is not a valid value");
    }

    static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    private static String pathOf(JsonStreamContext context) {
        if (context == null) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        appendPath(context, field);
        return field.isEmpty() ? null : field.toString();
    }

    private static void appendPath(JsonStreamContext context, StringBuilder field) {
        if (context == null || context.inRoot()) {
            return;
        }
        appendPath(context.getParent(), field);
        if (context.inObject() && context.getCurrentName() != null) {
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(context.getCurrentName());
        } else if (context.inArray() && context.getCurrentIndex() >= 0) {
            field.append('[').append(context.getCurrentIndex()).append(']');
        }
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static List<String> enumNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** What a client should send for a Java type, in JSON terms. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of the expected type";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of the allowed values";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "an ISO-8601 date-time with offset, e.g. 2026-05-01T09:00:00+08:00";
        }
        if (type == LocalDate.class) {
            return "an ISO-8601 date, e.g. 2026-05-01";
        }
        if (type == LocalDateTime.class) {
            return "an ISO-8601 local date-time, e.g. 2026-05-01T09:00:00";
        }
        if (type == LocalTime.class) {
            return "an ISO-8601 time, e.g. 09:30";
        }
        if (type == Duration.class) {
            return "an ISO-8601 duration, e.g. PT30M";
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return "a time-zone id, e.g. Asia/Shanghai";
        }
        if (type == Currency.class) {
            return "an ISO 4217 currency code";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "an object";
        }
        return "a value of the expected type";
    }
}
