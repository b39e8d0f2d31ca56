package org.innomatch.project.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.innomatch.problems.ProblemException;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void theTagIsTheQuotedVersion() {
        assertEquals("\"7\"", EntityTags.of(7));
    }

    @Test
    void matchesStrongWeakListedAndAnyTags() {
        assertTrue(EntityTags.matches("\"7\"", 7));
        assertTrue(EntityTags.matches("W/\"7\"", 7));
        assertTrue(EntityTags.matches("\"1\", \"7\"", 7));
        assertTrue(EntityTags.matches("*", 7));
        assertFalse(EntityTags.matches("\"6\"", 7));
        assertFalse(EntityTags.matches("7", 7));
    }

    @Test
    void aMissingTagIs428AndAStaleOne412() {
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.require(null, 1)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.require(" ", 1)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.require("\"0\"", 1)).status());
        EntityTags.require("\"1\"", 1);
        EntityTags.checkIfPresent(null, 1);
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.checkIfPresent("\"0\"", 1)).status());
    }
}
