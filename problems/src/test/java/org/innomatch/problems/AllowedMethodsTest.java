package org.innomatch.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    @Path("/events/")
    public static class Events {
        @GET
        public String list() {
            return "";
        }

        @POST
        public String create() {
            return "";
        }

        @GET
        @Path("{id}")
        public String get() {
            return "";
        }

        @PATCH
        @Path("/{id}/")
        public String update() {
            return "";
        }

        @DELETE
        @Path("{id: [0-9a-f]{8}}")
        public String delete() {
            return "";
        }

        @PUT
        @Path("{id}/photo")
        public String photo() {
            return "";
        }

        public String notAnEndpoint() {
            return "";
        }
    }

    private final AllowedMethods allowed = new AllowedMethods(List.of(Events.class));

    @Test
    void theCollectionAndOneItemHaveTheirOwnMethods() {
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "POST"), allowed.at("/events"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "PATCH"), allowed.at("/events/spring-forum"));
    }

    @Test
    void aVariablesOwnRegexDecidesWhichPathsItMatches() {
        assertEquals(Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH"), allowed.at("/events/0a1b2c3d"));
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "PATCH"), allowed.at("/events/0a1b2c3"));
    }

    @Test
    void aTrailingSlashAndDeeperPathsAreMatchedAsJaxRsDoes() {
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "POST"), allowed.at("/events/"));
        assertEquals(Set.of("OPTIONS", "PUT"), allowed.at("/events/spring-forum/photo"));
    }

    @Test
    void anUnknownPathHasNoMethods() {
        assertTrue(allowed.at("/projects").isEmpty());
        assertTrue(allowed.at("/events/a/b").isEmpty());
    }

    @Test
    void templatesJoinWithOneSlash() {
        assertEquals("/events/{id}", AllowedMethods.join("/events/", "/{id}/"));
        assertEquals("/", AllowedMethods.join("/", ""));
        assertEquals("/profiles/{id}/notifications", AllowedMethods.join("/", "profiles/{id}/notifications"));
        assertTrue(AllowedMethods.pattern("/a/{x: \\d{4}}").matcher("/a/2026").matches());
    }
}
