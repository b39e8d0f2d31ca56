package org.innomatch.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublicPathsTest {

    @Test
    void thePrefixGoesInFrontOfThePath() {
        assertEquals("/api/v1/profiles/42", PublicPaths.of("/api/v1", "/profiles/42"));
        assertEquals("/api/v1/profiles/42", PublicPaths.of("/api/v1/", "/profiles/42"));
    }

    @Test
    void withoutAPrefixThePathStaysAsItIs() {
        assertEquals("/profiles/42", PublicPaths.of(null, "/profiles/42"));
        assertEquals("/profiles/42", PublicPaths.of("", "/profiles/42"));
        assertEquals("/profiles/42", PublicPaths.of("/", "/profiles/42"));
    }

    @Test
    void aPathThatAlreadyCarriesThePrefixKeepsItOnce() {
        assertEquals("/api/v1/admin/api-keys", PublicPaths.of("/api/v1", "/api/v1/admin/api-keys"));
    }

    @Test
    void aHeaderThatIsNotAPlainPathPrefixIsIgnored() {
        for (String bogus : new String[] {"api/v1", "/api v1", "/a\"b", "//evil.example", "/../x", "/" + "a".repeat(100),
                "/api/v1?x=1", "/%2e%2e"}) {
            assertEquals("/profiles/42", PublicPaths.of(bogus, "/profiles/42"), bogus);
        }
    }
}
