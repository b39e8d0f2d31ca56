package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The merged OpenAPI document as partner developers lint it: Spectral ({@code spectral:oas}) and Redocly report
 * no error, and every warning is one {@code contract-lint-accepted.txt} lists with the reason it stays. The
 * linters' pinned versions run through npx; their reports are kept in {@code target/e2e/}.
 */
@ExtendWith(WholeSystem.class)
class ContractLintIT {

    private static final String SPECTRAL = "@stoplight/spectral-cli@6.16.3";
    private static final String REDOCLY = "@redocly/cli@2.77.0";
    private static final long LINT_TIMEOUT_MINUTES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void spectralAndRedoclyFindNoErrorAndOnlyTheExplainedWarnings(RunningSystem system) throws Exception {
        Path dir = system.artifacts().resolve("contract-lint");
        Files.createDirectories(dir);
        Tools.Lookup npx = Tools.ensure(dir, "npx", "npm", "nodejs");
        if (npx.path().isEmpty()) {
            String why = "SKIPPED linting the contract: " + npx.whyNot();
            System.out.println("[e2e] " + why);
            Assumptions.abort(why);
        }
        Gateway.Reply document = system.api().get("/openapi");
        assertEquals(200, document.status(), document.toString());
        Files.writeString(dir.resolve("openapi.json"), document.body());
        Files.writeString(dir.resolve(".spectral.yaml"), "extends: [\"spectral:oas\"]\n");

        String spectral = run(dir, "spectral.json", npx.path().get().toString(), "--yes", SPECTRAL, "lint",
                "openapi.json", "--format", "json", "--quiet");
        String redocly = run(dir, "redocly.json", npx.path().get().toString(), "--yes", REDOCLY, "lint",
                "openapi.json", "--format", "json");

        List<String> errors = new ArrayList<>();
        Set<String> warnings = new TreeSet<>();
        for (JsonNode finding : JSON.readTree(jsonPart(spectral))) {
            String line = "spectral " + finding.path("code").asText() + " " + jsonPath(finding.path("path"));
            (finding.path("severity").asInt() == 0 ? errors : warnings).add(line);
        }
        for (JsonNode finding : JSON.readTree(jsonPart(redocly)).path("problems")) {
            String line = "redocly " + finding.path("ruleId").asText() + " "
                    + finding.path("location").path(0).path("pointer").asText();
            if ("error".equals(finding.path("severity").asText())) {
                errors.add(line);
            } else {
                warnings.add(line);
            }
        }
        System.out.println("[e2e] contract lint: " + errors.size() + " errors, " + warnings.size() + " warnings"
                + " (reports in " + dir + ")");
        assertTrue(errors.isEmpty(), "lint errors in the merged document:\n" + String.join("\n", errors));
        Set<String> unexplained = new TreeSet<>(warnings);
        unexplained.removeAll(accepted());
        assertTrue(unexplained.isEmpty(), "warnings neither fixed nor explained in contract-lint-accepted.txt:\n"
                + String.join("\n", unexplained));
    }

    /** The accepted warnings: one per line, {@code <tool> <rule> <where>  # why}. */
    private static Set<String> accepted() throws IOException {
        try (InputStream in = ContractLintIT.class.getResourceAsStream("/contract-lint-accepted.txt")) {
            Set<String> lines = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String entry = line.replaceFirst("#.*", "").strip();
                if (!entry.isEmpty()) {
                    lines.add(entry);
                }
            }
            return lines;
        }
    }

    private static String run(Path dir, String report, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve(report + ".log").toFile()).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(LINT_TIMEOUT_MINUTES, TimeUnit.MINUTES), String.join(" ", command) + " hung");
        Files.write(dir.resolve(report), out);
        String text = new String(out, StandardCharsets.UTF_8);
        assertTrue(text.contains("[") || text.contains("{"), String.join(" ", command) + " printed no report (exit "
                + process.exitValue() + "; see " + dir.resolve(report + ".log") + ")");
        return text;
    }

    /** npx may print notices before the report. */
    private static String jsonPart(String output) {
        int object = output.indexOf('{');
        int array = output.indexOf('[');
        int start = object < 0 ? array : array < 0 ? object : Math.min(object, array);
        return output.substring(start);
    }

    private static String jsonPath(JsonNode segments) {
        List<String> parts = new ArrayList<>();
        segments.forEach(segment -> parts.add(segment.asText()));
        return "/" + String.join("/", parts);
    }
}
