package org.innomatch.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Resident memory of a process as Linux reports it in {@code /proc/<pid>/status}. */
record ProcessMemory(long pid, long peakKb, long currentKb) {

    static Optional<ProcessMemory> of(long pid) {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        try {
            long peak = -1;
            long current = -1;
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line);
                } else if (line.startsWith("VmRSS:")) {
                    current = kilobytes(line);
                }
            }
            return peak < 0 ? Optional.empty() : Optional.of(new ProcessMemory(pid, peak, current));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    String describe() {
        return String.format("pid %-7d peak %5d MB, now %5d MB", pid, peakKb / 1024, currentKb / 1024);
    }
}
