package org.innomatch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} in headless mode: a page's DOM after its scripts ran, and a PNG screenshot.
 * {@link #find(Path)} installs the package when it is missing and the build runs as root (see {@link Tools}).
 */
final class HeadlessChromium {

    /** How long the page's scripts get (virtual time: Chromium fast-forwards idle waits). */
    private static final int VIRTUAL_TIME_MILLIS = 20_000;
    private static final long RUN_TIMEOUT_SECONDS = 120;

    private final Path binary;
    private final Path workDir;

    private HeadlessChromium(Path binary, Path workDir) {
        this.binary = binary;
        this.workDir = workDir;
    }

    /** Debian's chromium, installed first if it is missing and the build may install it. */
    static Tools.Lookup find(Path workDir) {
        return Tools.ensure(workDir, "chromium|chromium-browser|google-chrome-stable|google-chrome", "chromium",
                "fonts-dejavu-core");
    }

    static HeadlessChromium at(Path binary, Path workDir) {
        return new HeadlessChromium(binary, workDir);
    }

    Path binary() {
        return binary;
    }

    /** The page's DOM once its scripts have run. */
    String dumpDom(URI page) {
        return new String(run(page, "--dump-dom"), StandardCharsets.UTF_8);
    }

    /** Saves a PNG of the page, {@code width} x {@code height} pixels, to {@code file}. */
    void screenshot(URI page, Path file, int width, int height) {
        run(page, "--screenshot=" + file.toAbsolutePath(), "--window-size=" + width + "," + height);
    }

    private byte[] run(URI page, String... action) {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--disable-gpu",
                "--no-first-run", "--no-default-browser-check", "--disable-dev-shm-usage", "--hide-scrollbars",
                // the build may run as root, where Chromium refuses its sandbox
                "--no-sandbox",
                "--user-data-dir=" + workDir.resolve("chromium-profile"),
                "--virtual-time-budget=" + VIRTUAL_TIME_MILLIS));
        command.addAll(List.of(action));
        command.add(page.toString());
        Path log = workDir.resolve("chromium.log");
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish within " + RUN_TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("Chromium exited with " + process.exitValue() + " (log: " + log + "): " + command);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running Chromium", e);
        }
    }
}
