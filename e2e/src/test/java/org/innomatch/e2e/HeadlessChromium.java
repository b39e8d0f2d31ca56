package org.innomatch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} in headless mode: a page's DOM after its scripts ran, and a PNG screenshot.
 * {@link #find(Path)} runs {@code src/test/scripts/ensure-chromium.sh}, which installs the package when it is missing
 * and the build runs as root.
 */
final class HeadlessChromium {

    /** How long the page's scripts get (virtual time: Chromium fast-forwards idle waits). */
    private static final int VIRTUAL_TIME_MILLIS = 20_000;
    private static final long RUN_TIMEOUT_SECONDS = 120;
    private static final long INSTALL_TIMEOUT_MINUTES = 15;

    private final Path binary;
    private final Path workDir;

    private HeadlessChromium(Path binary, Path workDir) {
        this.binary = binary;
        this.workDir = workDir;
    }

    /** Either a usable Chromium, or why there is none (the script's own words). */
    record Lookup(Optional<HeadlessChromium> chromium, String whyNot) {
    }

    static Lookup find(Path workDir) {
        Path script = Path.of(System.getProperty("innomatch.home", ".."), "e2e/src/test/scripts/ensure-chromium.sh")
                .toAbsolutePath().normalize();
        Path log = workDir.resolve("ensure-chromium.log");
        try {
            Files.createDirectories(workDir);
            Process process = new ProcessBuilder("bash", script.toString()).redirectError(log.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Lookup(Optional.empty(), "installing Chromium took longer than " + INSTALL_TIMEOUT_MINUTES
                        + " minutes (log: " + log + ")");
            }
            String errors = Files.readString(log).trim();
            if (process.exitValue() != 0 || out.isBlank()) {
                return new Lookup(Optional.empty(), (errors.isBlank() ? "ensure-chromium.sh exited with "
                        + process.exitValue() : lastLine(errors)) + " (log: " + log + ")");
            }
            if (!errors.isBlank()) {
                System.out.println("[e2e] " + errors.strip().split("\\R")[0] + " done (log: " + log + ")");
            }
            return new Lookup(Optional.of(new HeadlessChromium(Path.of(lastLine(out)), workDir)), "");
        } catch (IOException e) {
            return new Lookup(Optional.empty(), "cannot run " + script + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Lookup(Optional.empty(), "interrupted while looking for Chromium");
        }
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

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
