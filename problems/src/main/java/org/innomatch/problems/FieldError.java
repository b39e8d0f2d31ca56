package org.innomatch.problems;

import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One rejected input of a request.
 *
 * @param field         where the value sits in the request as the client sent it: a JSON path into the body
 *                      ({@code sectors[1]}, {@code fundingSought.currency}) or a query/path parameter name
 *                      ({@code limit}); absent when the error concerns the body as a whole
 * @param message       what is wrong, readable by a person
 * @param rejectedValue the offending value as text, shortened to {@value #MAX_REJECTED_VALUE_LENGTH} characters
 * @param allowed       the accepted values, for unknown codes and enum values
 */
@Schema(name = "FieldError", description = "One rejected input of a request.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(
        @Schema(description = "JSON path of the value in the request body as sent, or the query/path parameter name; "
                + "absent when the error concerns the body as a whole",
                example = "fundingSought.currency") String field,
        @Schema(description = "What is wrong with the value", required = true,
                example = "must be an ISO 4217 currency code") String message,
        @Schema(description = "The rejected value as text (shortened to 100 characters)",
                example = "EURO") String rejectedValue,
        @Schema(description = "The accepted values, when the value is not one of a fixed set of codes",
                example = "[\"EUR\", \"USD\", \"CNY\"]") List<String> allowed) {

    public static final int MAX_REJECTED_VALUE_LENGTH = 100;

    public FieldError {
        Objects.requireNonNull(message, "message");
        rejectedValue = shorten(rejectedValue);
        allowed = allowed == null ? null : List.copyOf(allowed);
    }

    public static FieldError of(String field, String message) {
        return new FieldError(field, message, null, null);
    }

    public static FieldError of(String field, String message, Object rejectedValue) {
        return new FieldError(field, message, rejectedValue == null ? null : String.valueOf(rejectedValue), null);
    }

    /** A value that is not one of the {@code allowed} codes. */
    public static FieldError unknownCode(String field, Object rejectedValue, List<String> allowed) {
        return new FieldError(field, "must be one of the allowed values",
                rejectedValue == null ? null : String.valueOf(rejectedValue), allowed);
    }

    private static String shorten(String value) {
        if (value == null || value.length() <= MAX_REJECTED_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_REJECTED_VALUE_LENGTH - 1) + "…";
    }
}
