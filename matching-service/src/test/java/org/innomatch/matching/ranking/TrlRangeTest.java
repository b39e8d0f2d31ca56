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
    void theTwoTextsReadAsOneJoinedBySpace() {
        String[][] pairs = {
            {"Seed tickets for start-ups.", "Deals at TRL 4-7 in medtech."},
            {"Pilot lines up to trl 6", "and above for scale-up."},
            {"Venture capital, EUR 1-3M.", "Hydrogen electrolysis start-ups."},
            {"Solution deployed in three banks (TRL", "7)."},
            {null, "TRL 5"},
            {"", ""},
        };
        for (String[] p : pairs) {
            assertEquals(TrlRange.in(p[0] + " " + p[1]), TrlRange.in(p[0], p[1]), p[0] + " | " + p[1]);
        }
    }

    @Test
    void aTextWithoutTrlInAnyCaseNeverMatches() {
        assertTrue(TrlRange.mentionsTrl("at trl 5") && TrlRange.mentionsTrl("xTrLx") && TrlRange.mentionsTrl("TRL"));
        assertTrue(!TrlRange.mentionsTrl("T R L 5") && !TrlRange.mentionsTrl("TR") && !TrlRange.mentionsTrl(null)
                && !TrlRange.mentionsTrl("control level 5"));
    }

    @Test
    void containsItsBounds() {
        TrlRange r = new TrlRange(4, 7);
        assertTrue(r.contains(4) && r.contains(7));
        assertTrue(!r.contains(3) && !r.contains(8));
    }
}
