package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LocalStackCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LocalStack.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownOptionPrintsOneLineAndTheUsageAndExitsWith2() {
        int exitCode = run("up", "--colour");

        assertEquals(2, exitCode);
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\\R");
        assertEquals("innomatch: unknown option '--colour'", lines[0]);
        assertTrue(lines[2].startsWith("Usage: innomatch"), lines[2]);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsTheUsage() {
        assertEquals(0, run("--help"));

        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: innomatch"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
