package org.innomatch.project.common;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a merged JSON document (PATCH) into a request record and validates it the way JAX-RS validates a
 * {@code @Valid} body, so that a PATCH fails exactly like the equivalent PUT: the problems module's mappers
 * answer 400 naming each field, from the Jackson error or the constraint violations thrown here.
 */
@ApplicationScoped
public class RequestBodies {

    private final ObjectMapper mapper;
    private final Validator validator;

    public RequestBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public JsonNode toTree(Object value) {
        return mapper.valueToTree(value);
    }

    public <T> T read(JsonNode document, Class<T> type) {
        T value;
        try {
            value = mapper.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            // The problems mapper looks for a Jackson cause inside a WebApplicationException.
            throw new BadRequestException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
