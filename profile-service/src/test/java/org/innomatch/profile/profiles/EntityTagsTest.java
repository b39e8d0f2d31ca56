package org.innomatch.profile.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void theTagIsTheQuotedVersionAndTellsWhetherTheContactIsIn() {
        assertEquals("\"12\"", EntityTags.of(12));
        assertEquals("\"12\"", EntityTags.of(12, true));
        assertEquals("\"12-without-contact\"", EntityTags.of(12, false));
    }

    @Test
    void ifMatchComparesStrongly() {
        assertTrue(EntityTags.ifMatchAccepts("\"3\"", 3));
        assertTrue(EntityTags.ifMatchAccepts("\"1\", \"3\"", 3));
        assertTrue(EntityTags.ifMatchAccepts("*", 3));
        assertFalse(EntityTags.ifMatchAccepts("W/\"3\"", 3));
        assertFalse(EntityTags.ifMatchAccepts("3", 3));
        assertFalse(EntityTags.ifMatchAccepts("\"2\"", 3));
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
}
