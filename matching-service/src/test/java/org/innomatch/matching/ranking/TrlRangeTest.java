package org.innomatch.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class TrlRangeTest {

    @Test
    void readsRangesFloorsAndSingleLevels() {
        assertEquals(Optional.of(new TrlRange(4, 7)), TrlRange.in("We invest EUR 1–5M at TRL 4–7 in medtech."));
        assertEquals(Optional.of(new TrlRange(6, 9)), TrlRange.in("Inwestujemy w spółki na poziomie TRL 6-9."));
        assertEquals(Optional.of(new TrlRange(3, 6)), TrlRange.in("projects from TRL 3 to 6"));
        assertEquals(Optional.of(new TrlRange(6, 9)), TrlRange.in("目标技术TRL 6以上"));
        assertEquals(Optional.of(new TrlRange(5, 9)), TrlRange.in("prototypes at TRL ≥ 5"));
        assertEquals(Optional.of(new TrlRange(7, 7)), TrlRange.in("Solution deployed in three banks (TRL 7)."));
        assertTrue(TrlRange.in("no readiness level stated").isEmpty());
        assertTrue(TrlRange.in("CONTROL 5").isEmpty() || TrlRange.in("CONTROL 5").get().isSingle());
    }

    @Test
    void containsItsBounds() {
        TrlRange r = new TrlRange(4, 7);
        assertTrue(r.contains(4) && r.contains(7));
        assertTrue(!r.contains(3) && !r.contains(8));
    }
}
