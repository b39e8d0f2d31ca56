package org.innomatch.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class FieldErrorTest {

    @Test
    void shortensLongRejectedValues() {
        FieldError error = FieldError.of("summary", "is too long", "y".repeat(500));

        assertEquals(FieldError.MAX_REJECTED_VALUE_LENGTH, error.rejectedValue().length());
        assertTrue(error.rejectedValue().endsWith("…"));
        assertEquals("short", FieldError.of("title", "is blank", "short").rejectedValue());
    }

    @Test
    void writesOnlyWhatIsThere() {
        Problem problem = new Problem(null, null, 404, "Profile 1 not found", "/profiles/1", null, "r1");

        assertEquals("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"Profile 1 not found\",\"instance\":\"/profiles/1\",\"requestId\":\"r1\"}",
                json(problem));
        assertTrue(json(problem.withErrors(List.of(FieldError.of("name", "is blank"))))
                .contains("\"errors\":[{\"field\":\"name\",\"message\":\"is blank\"}]"));
    }

    @Test
    void readsBackWhatItWrites() {
        Problem problem = ProblemException.invalid(List.of(FieldError.unknownCode("sectors[0]", "SPACE",
                List.of("AI", "HEALTH")))).problem().withInstance("/projects").withRequestId("r2");

        assertEquals(problem, ProblemJson.fromBytes(ProblemJson.toBytes(problem)));
    }

    @Test
    void replacesRequestIdsThatCouldForgeHeadersOrLogs() {
        assertEquals("abc-123", RequestIds.resolve("abc-123"));
        String replaced = RequestIds.resolve("abc\r\nSet-Cookie: x");
        assertFalse(replaced.contains("\n"));
        assertEquals(36, replaced.length());
        assertEquals(36, RequestIds.resolve("x".repeat(201)).length());
        assertEquals(36, RequestIds.resolve(null).length());
    }

    private static String json(Problem problem) {
        return new String(ProblemJson.toBytes(problem), StandardCharsets.UTF_8);
    }
}
