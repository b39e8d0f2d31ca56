package org.innomatch.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void theTagIsTheQuotedVersionOrOpaqueValue() {
        assertEquals("\"7\"", EntityTags.of(7));
        assertEquals("\"7-without-contact\"", EntityTags.of("7-without-contact"));
    }

    @Test
    void ifMatchComparesStrongly() {
        assertTrue(EntityTags.ifMatchAccepts("\"3\"", "\"3\""));
        assertTrue(EntityTags.ifMatchAccepts("\"1\", \"3\"", "\"3\""));
        assertTrue(EntityTags.ifMatchAccepts(" \"1\" ,\"3\" ", "\"3\""));
        assertTrue(EntityTags.ifMatchAccepts("*", "\"3\""));
        assertFalse(EntityTags.ifMatchAccepts("W/\"3\"", "\"3\""));
        assertFalse(EntityTags.ifMatchAccepts("\"5\", W/\"3\"", "\"3\""));
        assertFalse(EntityTags.ifMatchAccepts("3", "\"3\""));
        assertFalse(EntityTags.ifMatchAccepts("\"2\"", "\"3\""));
        assertFalse(EntityTags.ifMatchAccepts(null, "\"3\""));
        assertFalse(EntityTags.ifMatchAccepts(" ", "\"3\""));
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(EntityTags.ifNoneMatchHits("W/\"3\"", "\"3\""));
        assertTrue(EntityTags.ifNoneMatchHits("\"3\"", "\"3\""));
        assertTrue(EntityTags.ifNoneMatchHits("*", "\"3\""));
        assertTrue(EntityTags.ifNoneMatchHits("\"2\", W/\"3-without-contact\"", "\"3-without-contact\""));
        assertFalse(EntityTags.ifNoneMatchHits(null, "\"3\""));
        assertFalse(EntityTags.ifNoneMatchHits("\"4\"", "\"3\""));
        assertFalse(EntityTags.ifNoneMatchHits("\"3-without-contact\"", "\"3\""));
        assertFalse(EntityTags.ifNoneMatchHits("\"3\"", "\"3-without-contact\""));
    }

    @Test
    void aMissingIfMatchIs428AStaleOrWeakOne412() {
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.require(null, 1)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.require(" ", 1)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> EntityTags.requirePresent(null)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.require("\"0\"", 1)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> EntityTags.require("W/\"1\"", 1)).status());
        EntityTags.require("\"1\"", 1);
        EntityTags.requirePresent("\"0\"");
    }

    @Test
    void anOptionalIfMatchIsCheckedOnlyWhenSent() {
        EntityTags.checkIfPresent(null, 1);
        EntityTags.checkIfPresent("", 1);
        EntityTags.checkIfPresent("\"1\"", 1);
        ProblemException stale = assertThrows(ProblemException.class, () -> EntityTags.checkIfPresent("\"0\"", 1));
        assertEquals(412, stale.status());
        assertTrue(stale.problem().detail().contains("\"1\""), stale.problem().detail());
    }
}
