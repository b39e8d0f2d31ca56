package org.innomatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admins' OpenAPI console: the merged document lists the public paths of every service, and the page at
 * {@code /console}, rendered by a real headless Chromium, lists them all. The screenshot and the rendered DOM are
 * kept in {@code target/e2e/}.
 */
@ExtendWith(WholeSystem.class)
class ConsoleIT {

    /** One public path each service owns, and the service, for the failure message. */
    private static final List<String[]> PATH_OF_EVERY_SERVICE = List.of(
            new String[] {"/api/v1/profiles", "profile-service"},
            new String[] {"/api/v1/projects", "project-service"},
            new String[] {"/api/v1/events", "project-service"},
            new String[] {"/api/v1/profiles/{id}/recommendations/partners", "matching-service"},
            new String[] {"/api/v1/projects/{id}/recommendations/participants", "matching-service"},
            new String[] {"/api/v1/profiles/{id}/interests", "matching-service"},
            new String[] {"/api/v1/profiles/{id}/notifications", "notification-service"},
            new String[] {"/api/v1/status", "gateway"});
    /** An operation of each service that refuses some callers, with the service. */
    private static final List<String[]> REFUSING_OPERATION_OF_EVERY_SERVICE = List.of(
            new String[] {"/api/v1/profiles/{id}", "put", "profile-service"},
            new String[] {"/api/v1/projects/{id}", "put", "project-service"},
            new String[] {"/api/v1/profiles/{id}/recommendations/partners", "get", "matching-service"},
            new String[] {"/api/v1/profiles/{id}/notifications", "get", "notification-service"});
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern RENDERED_PATH = Pattern.compile("data-path=\"([^\"]+)\"");

    @Test
    void theMergedDocumentListsThePathsOfEveryService(RunningSystem system) {
        Set<String> paths = mergedPaths(system);
        for (String[] expected : PATH_OF_EVERY_SERVICE) {
            assertTrue(paths.contains(expected[0]), expected[1] + "'s " + expected[0] + " is missing from " + paths);
        }
        for (String path : paths) {
            assertTrue(path.startsWith("/api/v1/"), "every path is public, under /api/v1: " + path);
        }
    }

    @Test
    void everyOperationHasItsOwnOperationIdForGeneratedClients(RunningSystem system) {
        JsonNode paths = system.api().get("/openapi").json(200).path("paths");
        Set<String> seen = new HashSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!HTTP_METHODS.contains(operation.getKey())) {
                return;
            }
            String id = operation.getValue().path("operationId").asText("");
            String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            assertFalse(id.isBlank(), name + " has no operationId");
            assertTrue(seen.add(id), name + " repeats the operationId " + id);
        }));
        assertTrue(seen.size() > 40, "operations: " + seen.size());
    }

    @Test
    void theMergedDocumentKeepsTheServicesRefusalsNextToTheGatewaysOwnAnswers(RunningSystem system) {
        JsonNode paths = system.api().get("/openapi").json(200).path("paths");
        for (String[] expected : REFUSING_OPERATION_OF_EVERY_SERVICE) {
            JsonNode responses = paths.path(expected[0]).path(expected[1]).path("responses");
            String operation = expected[2] + "'s " + expected[1].toUpperCase(Locale.ROOT) + " " + expected[0];
            assertTrue(responses.path("403").path("content").has("application/problem+json"),
                    operation + " lost its documented 403 in the merged document: " + responses);
            assertTrue(responses.has("401") && responses.has("429") && responses.has("503"),
                    operation + " lacks the gateway's own answers: " + responses);
        }
    }

    @Test
    void theConsoleRendersEveryPathInARealBrowser(RunningSystem system) throws IOException {
        Gateway.Reply page = system.api().getPage("/console/");
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());

        Path artifacts = system.artifacts();
        Tools.Lookup lookup = HeadlessChromium.find(artifacts);
        if (lookup.path().isEmpty()) {
            String why = "SKIPPED the console check in headless Chromium: " + lookup.whyNot();
            System.out.println("[e2e] " + why);
            Assumptions.abort(why);
        }
        HeadlessChromium chromium = HeadlessChromium.at(lookup.path().get(), artifacts);
        URI console = system.gateway().resolve("/console/");

        String dom = chromium.dumpDom(console);
        Files.writeString(artifacts.resolve("console-dom.html"), dom);
        Set<String> rendered = new TreeSet<>();
        Matcher matcher = RENDERED_PATH.matcher(dom);
        while (matcher.find()) {
            rendered.add(matcher.group(1));
        }
        Set<String> expected = mergedPaths(system);
        List<String> notShown = new ArrayList<>(expected);
        notShown.removeAll(rendered);
        assertTrue(notShown.isEmpty(), "the console does not show " + notShown + " (it shows " + rendered
                + "; DOM in " + artifacts.resolve("console-dom.html") + ")");

        Path screenshot = artifacts.resolve("console.png");
        Files.deleteIfExists(screenshot);
        chromium.screenshot(console, screenshot, 1280, 3600);
        assertTrue(Files.isRegularFile(screenshot), "no screenshot at " + screenshot);
        byte[] png = Files.readAllBytes(screenshot);
        assertTrue(png.length > 20_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                "a PNG of a rendered page, not " + png.length + " bytes");
        System.out.println("[e2e] console screenshot (" + rendered.size() + " paths shown, " + chromium.binary() + "): "
                + screenshot);
    }

    private static Set<String> mergedPaths(RunningSystem system) {
        JsonNode document = system.api().get("/openapi").json(200);
        Set<String> paths = new TreeSet<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }
}
