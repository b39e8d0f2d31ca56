package org.innomatch.project.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The examples of RFC 7396, appendix A, and one nested case. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"a\":\"b\"}                 | {\"a\":\"c\"}               | {\"a\":\"c\"}",
            "{\"a\":\"b\"}                 | {\"b\":\"c\"}               | {\"a\":\"b\",\"b\":\"c\"}",
            "{\"a\":\"b\"}                 | {\"a\":null}                | {}",
            "{\"a\":\"b\",\"b\":\"c\"}     | {\"a\":null}                | {\"b\":\"c\"}",
            "{\"a\":[\"b\"]}               | {\"a\":\"c\"}               | {\"a\":\"c\"}",
            "{\"a\":\"c\"}                 | {\"a\":[\"b\"]}             | {\"a\":[\"b\"]}",
            "{\"a\":{\"b\":\"c\"}}         | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
            "{\"a\":[{\"b\":\"c\"}]}       | {\"a\":[1]}                 | {\"a\":[1]}",
            "{\"e\":null}                  | {\"a\":1}                   | {\"e\":null,\"a\":1}",
            "{}                            | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}",
            "{\"fundingSought\":{\"amount\":1,\"currency\":\"EUR\"}} | {\"fundingSought\":{\"amount\":2}} | {\"fundingSought\":{\"amount\":2,\"currency\":\"EUR\"}}"})
    void appliesAsTheRfcSays(String target, String patch, String expected) throws JsonProcessingException {
        assertEquals(JSON.readTree(expected), MergePatch.apply(JSON.readTree(target), JSON.readTree(patch)));
    }
}
