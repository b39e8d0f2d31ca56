package org.innomatch.gateway.ratelimit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the callers of one gateway instance spent since its previous report: the tokens each bucket gave out there.
 * The other instances take them out of their own bucket for the same caller.
 *
 * @param instance      the reporting instance (its own reports are skipped when read back)
 * @param takenAtMillis when the report was drawn up; a report read much later is ignored (its buckets have refilled)
 * @param entries       one per bucket that gave out tokens
 */
record UsageReport(String instance, long takenAtMillis, List<Entry> entries) {

    private static final int FORMAT = 1;
    /** Longest caller key reported; a longer one (a subject of absurd length) stays with its instance. */
    static final int MAX_KEY_CHARS = 2_048;
    /** Anything longer is not a caller key this gateway wrote: the record is refused rather than trusted. */
    private static final int MAX_TEXT_BYTES = 8 * 1024;

    UsageReport {
        entries = List.copyOf(entries);
    }

    /** Whether a bucket of {@code callerKey} can be reported: keys of absurd length are kept to one instance. */
    static boolean reportable(String callerKey) {
        // At most 3 UTF-8 bytes per char (a surrogate pair is 2 chars for 4 bytes): within MAX_TEXT_BYTES.
        return callerKey.length() <= MAX_KEY_CHARS;
    }

    /**
     * @param callerKey the bucket's caller ({@code key:<id>}, {@code sub:<subject>} or {@code ip:<address>})
     * @param role      the role the bucket was made for, or null
     * @param tokens    tokens given out
     */
    record Entry(String callerKey, String role, long tokens) {
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 + entries.size() * 48);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            writeText(out, instance);
            out.writeLong(takenAtMillis);
            out.writeInt(entries.size());
            for (Entry entry : entries) {
                writeText(out, entry.callerKey());
                writeText(out, entry.role() == null ? "" : entry.role());
                out.writeLong(entry.tokens());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Reads what {@link #encode()} wrote; anything else is an {@link IOException}, never a half-read report. */
    static UsageReport decode(byte[] encoded) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded));
        int format = in.readUnsignedByte();
        if (format != FORMAT) {
            throw new IOException("unknown usage report format " + format);
        }
        String instance = readText(in);
        long takenAt = in.readLong();
        int count = in.readInt();
        // Each entry takes at least 16 bytes: a count beyond what is left is a damaged record.
        if (count < 0 || count > in.available() / 16) {
            throw new IOException("usage report claims " + count + " entries in " + encoded.length + " bytes");
        }
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = readText(in);
            String role = readText(in);
            long tokens = in.readLong();
            if (tokens <= 0) {
                throw new IOException("usage report entry with " + tokens + " tokens");
            }
            entries.add(new Entry(key, role.isEmpty() ? null : role, tokens));
        }
        if (in.available() > 0) {
            throw new IOException("usage report has " + in.available() + " bytes after its entries");
        }
        return new UsageReport(instance, takenAt, entries);
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT_BYTES || length > in.available()) {
            throw new IOException("usage report text of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
