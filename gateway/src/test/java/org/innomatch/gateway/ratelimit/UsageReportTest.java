package org.innomatch.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class UsageReportTest {

    private static final UsageReport REPORT = new UsageReport("instance-a", 1_795_000_000_000L, List.of(
            new UsageReport.Entry("key:0190abcd", "partner", 7),
            new UsageReport.Entry("sub:Łukasz@uni.pl", "participant", 1),
            new UsageReport.Entry("ip:2001:db8::1", null, 300)));

    @Test
    void aReportReadsBackAsItWasWrittenRolesAndNonAsciiKeysIncluded() throws IOException {
        UsageReport read = UsageReport.decode(REPORT.encode());
        assertEquals(REPORT, read);
        assertEquals(null, read.entries().get(2).role());
        assertArrayEquals(REPORT.encode(), read.encode());
    }

    @Test
    void aDamagedRecordIsRefusedWholeNeverHalfRead() {
        byte[] encoded = REPORT.encode();
        assertThrows(IOException.class, () -> UsageReport.decode(Arrays.copyOf(encoded, encoded.length - 3)),
                "truncated");
        assertThrows(IOException.class, () -> UsageReport.decode(Arrays.copyOf(encoded, encoded.length + 1)),
                "trailing bytes");
        byte[] otherFormat = encoded.clone();
        otherFormat[0] = 2;
        assertThrows(IOException.class, () -> UsageReport.decode(otherFormat), "unknown format");
        // The entry count sits after the format byte, the instance's length and text, and the time.
        int countAt = 1 + 4 + "instance-a".length() + 8;
        byte[] hugeCount = encoded.clone();
        ByteBuffer.wrap(hugeCount).putInt(countAt, Integer.MAX_VALUE);
        assertThrows(IOException.class, () -> UsageReport.decode(hugeCount), "absurd entry count");
        byte[] hugeText = encoded.clone();
        ByteBuffer.wrap(hugeText).putInt(1, 1 << 20);
        assertThrows(IOException.class, () -> UsageReport.decode(hugeText), "absurd text length");
        byte[] noTokens = new UsageReport("i", 1, List.of(new UsageReport.Entry("ip:x", null, 1))).encode();
        ByteBuffer.wrap(noTokens).putLong(noTokens.length - 8, 0);
        assertThrows(IOException.class, () -> UsageReport.decode(noTokens), "an entry without tokens");
        assertThrows(IOException.class, () -> UsageReport.decode(new byte[0]), "empty");
    }

    @Test
    void onlyKeysOfAnAbsurdLengthAreNotReportable() throws IOException {
        String longest = "sub:" + "€".repeat(UsageReport.MAX_KEY_CHARS - 4);
        assertTrue(UsageReport.reportable(longest));
        assertFalse(UsageReport.reportable(longest + "x"));
        // The longest reportable key, all three-byte characters, is read back.
        UsageReport report = new UsageReport("i", 1, List.of(new UsageReport.Entry(longest, null, 1)));
        assertEquals(report, UsageReport.decode(report.encode()));
    }
}
