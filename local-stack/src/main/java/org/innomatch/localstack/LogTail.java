package org.innomatch.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, for reporting why a part failed. */
final class LogTail {

    /** Logs are appended to across runs; only this much of the end is read. */
    private static final int MAX_BYTES = 256 * 1024;

    private LogTail() {
    }

    /**
     * The last {@code count} lines of {@code file}, starting no earlier than the last line that contains
     * {@code runMarker} (so an earlier run's output is not mistaken for this one's); empty if unreadable.
     */
    static List<String> lastLines(Path file, int count, String runMarker) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            in.seek(length - size);
            in.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            int from = 0;
            if (runMarker != null) {
                for (int i = lines.size() - 1; i >= 0; i--) {
                    if (lines.get(i).contains(runMarker)) {
                        from = i;
                        break;
                    }
                }
            }
            return lines.subList(Math.max(from, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of();
        }
    }
}
