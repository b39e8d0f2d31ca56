package org.innomatch.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Command-line tools a journey needs (Chromium, jq): found on the PATH, or installed by
 * {@code src/test/scripts/ensure-tool.sh} with apt-get when the build runs as root.
 */
final class Tools {

    private static final long INSTALL_TIMEOUT_MINUTES = 15;

    private Tools() {
    }

    /** Either the tool's path, or why there is none (the script's own words). */
    record Lookup(Optional<Path> path, String whyNot) {
    }

    /**
     * @param commands the command and its alternatives, e.g. {@code chromium|chromium-browser}
     * @param packages the Debian packages that provide it
     */
    static Lookup ensure(Path workDir, String commands, String... packages) {
        Path script = Path.of(System.getProperty("innomatch.home", ".."), "e2e/src/test/scripts/ensure-tool.sh")
                .toAbsolutePath().normalize();
        String name = commands.split("\\|")[0];
        Path log = workDir.resolve("ensure-" + name + ".log");
        List<String> command = new ArrayList<>(List.of("bash", script.toString(), commands));
        command.addAll(List.of(packages));
        try {
            Files.createDirectories(workDir);
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Lookup(Optional.empty(), "installing " + name + " took longer than " + INSTALL_TIMEOUT_MINUTES
                        + " minutes (log: " + log + ")");
            }
            String errors = Files.readString(log).strip();
            if (process.exitValue() != 0 || out.isBlank()) {
                return new Lookup(Optional.empty(), (errors.isBlank() ? "ensure-tool.sh exited with "
                        + process.exitValue() : lastLine(errors)) + " (log: " + log + ")");
            }
            if (!errors.isBlank()) {
                System.out.println("[e2e] " + errors.split("\\R")[0] + " done (log: " + log + ")");
            }
            return new Lookup(Optional.of(Path.of(lastLine(out))), "");
        } catch (IOException e) {
            return new Lookup(Optional.empty(), "cannot run " + script + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Lookup(Optional.empty(), "interrupted while looking for " + name);
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
