package org.innomatch.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes problems with a mapper of their own, so a service's ObjectMapper customisation (naming strategy,
 * inclusion rules) cannot change the error format, and so that the Vert.x layer can write them too.
 */
public final class ProblemJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private ProblemJson() {
    }

    public static byte[] toBytes(Problem problem) {
        try {
            return MAPPER.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            // A record of strings and ints always serialises; reaching this is a bug in this class.
            throw new IllegalStateException("Cannot write problem " + problem, e);
        }
    }

    public static Problem fromBytes(byte[] json) {
        try {
            return MAPPER.readValue(json, Problem.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Not a problem document", e);
        }
    }
}
