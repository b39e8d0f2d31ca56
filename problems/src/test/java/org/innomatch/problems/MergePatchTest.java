package org.innomatch.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The test cases of RFC 7396, appendix A, and a nested one. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"a\":\"b\"}                 | {\"a\":\"c\"}                 | {\"a\":\"c\"}",
            "{\"a\":\"b\"}                 | {\"b\":\"c\"}                 | {\"a\":\"b\",\"b\":\"c\"}",
            "{\"a\":\"b\"}                 | {\"a\":null}                  | {}",
            "{\"a\":\"b\",\"b\":\"c\"}     | {\"a\":null}                  | {\"b\":\"c\"}",
            "{\"a\":[\"b\"]}               | {\"a\":\"c\"}                 | {\"a\":\"c\"}",
            "{\"a\":\"c\"}                 | {\"a\":[\"b\"]}               | {\"a\":[\"b\"]}",
            "{\"a\":{\"b\":\"c\"}}         | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
            "{\"a\":[{\"b\":\"c\"}]}       | {\"a\":[1]}                   | {\"a\":[1]}",
            "[\"a\",\"b\"]                 | [\"c\",\"d\"]                 | [\"c\",\"d\"]",
            "{\"a\":\"b\"}                 | [\"c\"]                       | [\"c\"]",
            "{\"a\":\"foo\"}               | null                          | null",
            "{\"a\":\"foo\"}               | \"bar\"                       | \"bar\"",
            "{\"e\":null}                  | {\"a\":1}                     | {\"e\":null,\"a\":1}",
            "[1,2]                         | {\"a\":\"b\",\"c\":null}      | {\"a\":\"b\"}",
            "{}                            | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}",
            "{\"f\":{\"n\":1,\"c\":\"EUR\"}}  | {\"f\":{\"n\":2}}         | {\"f\":{\"n\":2,\"c\":\"EUR\"}}"})
    void appliesTheRfcExamples(String target, String patch, String expected) throws Exception {
        assertEquals(JSON.readTree(expected), MergePatch.apply(JSON.readTree(target), JSON.readTree(patch)));
    }

    @Test
    void changesNeitherArgument() throws Exception {
        JsonNode target = JSON.readTree("{\"a\":{\"b\":1}}");
        JsonNode patch = JSON.readTree("{\"a\":{\"b\":null,\"c\":[1]}}");
        JsonNode result = MergePatch.apply(target, patch);
        assertEquals(JSON.readTree("{\"a\":{\"c\":[1]}}"), result);
        assertEquals(JSON.readTree("{\"a\":{\"b\":1}}"), target);
        assertEquals(JSON.readTree("{\"a\":{\"b\":null,\"c\":[1]}}"), patch);
    }
}
