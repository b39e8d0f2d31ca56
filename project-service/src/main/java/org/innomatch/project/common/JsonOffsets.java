package org.innomatch.project.common;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Keeps the offset a client sends with a date-time: "2027-03-31T23:59:59+03:00" stays that, instead of being
 * turned into the same instant in UTC. Deadlines and event times are local times that people read.
 */
@Singleton
public class JsonOffsets implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}
