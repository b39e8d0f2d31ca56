package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void returnsTheLastLines() throws IOException {
        Path log = dir.resolve("a.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i)
                .collect(Collectors.joining("\n", "", "\n")));

        assertEquals(List.of("line 98", "line 99", "line 100"), LogTail.lastLines(log, 3, null));
    }

    @Test
    void stopsAtTheLastRunMarker() throws IOException {
        Path log = dir.resolve("b.log");
        Files.writeString(log, "old 1\nold 2\n==== start\nnew 1\nnew 2\n");

        assertEquals(List.of("==== start", "new 1", "new 2"), LogTail.lastLines(log, 30, "==== start"));
    }

    @Test
    void aMissingFileHasNoLines() {
        assertEquals(List.of(), LogTail.lastLines(dir.resolve("missing.log"), 30, null));
    }
}
