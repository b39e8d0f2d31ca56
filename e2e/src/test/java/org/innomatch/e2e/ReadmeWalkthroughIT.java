package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's "Walkthrough" works as written: its {@code bash} blocks run in order, in one shell, against this run's
 * gateway and ids file, and print what the README shows after each of them (ids and scores aside).
 * <p>
 * Runs first (see junit-platform.properties): the walkthrough's outputs are those of a freshly loaded demo.
 */
@ExtendWith(WholeSystem.class)
@Order(1)
class ReadmeWalkthroughIT {

    private static final String README_API = "http://127.0.0.1:8080/api/v1";
    private static final String README_IDS = ".innomatch/demo/ids.json";
    private static final String README_ADMIN_KEY = ".innomatch/keys/dev-admin-key";
    /** A reader pauses between two commands; events need a moment to cross Kafka ("a moment later"). */
    private static final String PAUSE_BETWEEN_BLOCKS = "sleep 1.5";
    private static final String MARKER = "@@@ block ";
    private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-(?:[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|…)");
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");

    /** A command block of the walkthrough, and the output the README shows after it (empty if none). */
    record Block(String commands, List<String> shownOutput) {
    }

    @Test
    void everyCommandOfTheWalkthroughPrintsWhatTheReadmeShows(RunningSystem system) throws Exception {
        Path home = Path.of(System.getProperty("innomatch.home", "..")).toAbsolutePath().normalize();
        Tools.Lookup jq = Tools.ensure(system.artifacts(), "jq", "jq");
        if (jq.path().isEmpty()) {
            String why = "SKIPPED the README walkthrough, whose commands use jq: " + jq.whyNot();
            System.out.println("[e2e] " + why);
            Assumptions.abort(why);
        }
        List<Block> blocks = walkthroughBlocks(Files.readString(home.resolve("README.md")));
        assertTrue(blocks.size() >= 10, "the walkthrough has its command blocks: " + blocks.size());

        StringBuilder script = new StringBuilder("set -eo pipefail\n");
        for (int i = 0; i < blocks.size(); i++) {
            String commands = blocks.get(i).commands().replace(README_API, system.gateway() + "/api/v1")
                    .replace(README_IDS, system.demoIdsFile().toString())
                    .replace(README_ADMIN_KEY, adminKeyFile(system).toString());
            // the newline first: a command's output may not end with one (curl -s prints the body as is)
            script.append("printf '\\n").append(MARKER).append(i).append("\\n'\n").append(commands).append('\n')
                    .append(PAUSE_BETWEEN_BLOCKS).append('\n');
        }
        Path scriptFile = system.artifacts().resolve("walkthrough.sh");
        Files.writeString(scriptFile, script);

        // every path the commands read is replaced above; files they write (agenda.ics) stay with the artifacts
        Process shell = new ProcessBuilder("bash", scriptFile.toString()).directory(system.artifacts().toFile())
                .redirectErrorStream(true).start();
        shell.getOutputStream().close();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(shell.waitFor(3, TimeUnit.MINUTES), "the walkthrough did not finish");
        Files.writeString(system.artifacts().resolve("walkthrough.out"), output);
        assertEquals(0, shell.exitValue(), "a walkthrough command failed (script " + scriptFile + "):\n" + output);

        List<List<String>> printed = splitByMarker(output, blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            List<String> shown = blocks.get(i).shownOutput().stream().map(ReadmeWalkthroughIT::normalize)
                    .filter(line -> !line.isEmpty() && !line.equals("...")).toList();
            List<String> actual = printed.get(i).stream().map(ReadmeWalkthroughIT::normalize).toList();
            assertTrue(inOrder(shown, actual), "block " + (i + 1) + " of the walkthrough:\n"
                    + blocks.get(i).commands() + "\nprints\n" + String.join("\n", printed.get(i))
                    + "\nbut the README shows\n" + String.join("\n", blocks.get(i).shownOutput()));
        }
    }

    /** {@code <dir>/keys/dev-admin-key} of the stack whose ids file is {@code <dir>/demo/ids.json}. */
    private static Path adminKeyFile(RunningSystem system) {
        Path file = system.demoIdsFile().getParent().getParent().resolve("keys").resolve("dev-admin-key");
        assertTrue(Files.isRegularFile(file), "the stack wrote its dev admin key to " + file);
        return file;
    }

    /** The bash blocks between "## Walkthrough" and the end-to-end test's own instructions, with their outputs. */
    static List<Block> walkthroughBlocks(String readme) {
        int start = readme.indexOf("\n## Walkthrough");
        assertTrue(start >= 0, "README.md has a Walkthrough section");
        int end = readme.indexOf("\n### The end-to-end test", start);
        String section = readme.substring(start, end > 0 ? end : readme.indexOf("\n## ", start + 1));
        List<String[]> fences = new ArrayList<>();
        Matcher fence = FENCE.matcher(section);
        while (fence.find()) {
            fences.add(new String[] {fence.group(1), fence.group(2)});
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < fences.size(); i++) {
            if (!fences.get(i)[0].equals("bash")) {
                continue;
            }
            boolean outputFollows = i + 1 < fences.size() && !fences.get(i + 1)[0].equals("bash");
            blocks.add(new Block(fences.get(i)[1], outputFollows ? fences.get(i + 1)[1].lines().toList() : List.of()));
        }
        return blocks;
    }

    private static List<List<String>> splitByMarker(String output, int blocks) {
        List<List<String>> printed = new ArrayList<>();
        for (String line : output.lines().toList()) {
            if (line.startsWith(MARKER)) {
                printed.add(new ArrayList<>());
            } else if (!printed.isEmpty()) {
                printed.get(printed.size() - 1).add(line);
            }
        }
        assertEquals(blocks, printed.size(), "every block ran:\n" + output);
        return printed;
    }

    /** Whether every shown line appears among the printed ones, in the same order (the README trims with "..."). */
    private static boolean inOrder(List<String> shown, List<String> printed) {
        int next = 0;
        for (String line : shown) {
            while (next < printed.size() && !printed.get(next).equals(line)) {
                next++;
            }
            if (next == printed.size()) {
                return false;
            }
            next++;
        }
        return true;
    }

    /** Ids and scores differ between runs; everything else must read the same. */
    private static String normalize(String line) {
        String text = UUID.matcher(line.strip()).replaceAll("<id>");
        return DECIMAL.matcher(text).replaceAll("<n>");
    }
}
