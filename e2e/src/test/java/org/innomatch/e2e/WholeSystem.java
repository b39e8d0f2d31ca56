package org.innomatch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import org.innomatch.infra.Ports;
import org.innomatch.localstack.DemoDataset;
import org.innomatch.localstack.DemoLoadException;
import org.innomatch.localstack.DemoLoadResult;
import org.innomatch.localstack.DemoLoader;
import org.innomatch.localstack.LocalStack;
import org.innomatch.localstack.RunningStack;
import org.innomatch.localstack.ServiceModule;
import org.innomatch.localstack.StackOptions;
import org.innomatch.localstack.StackPort;
import org.innomatch.localstack.StackSummary;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the whole system once for every journey of a test run, the way {@code ./innomatch up --demo} does (same
 * launcher, same demo load through the gateway), but on free ports and in {@code target/e2e/stack}; stops it when the
 * run ends, whatever happened, and on JVM exit. The stack's logs stay in {@code target/e2e/stack/logs}.
 * <p>
 * Journeys get a {@link RunningSystem} parameter and reach the system through its gateway only.
 */
public final class WholeSystem implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WholeSystem.class);
    /** Health timeout of the services (seconds); generous because CI shares two cores. */
    private static final String HEALTH_TIMEOUT = "240";
    private static final int DEMO_RETRIES = 3;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Started started = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Started.class, key -> Started.attempt(), Started.class);
        return started.system().orElseThrow(() -> new AssertionError(
                "the system did not start, so no journey can run: " + started.failure(), started.failure()));
    }

    /**
     * The outcome of the one start attempt of a run; a failed start is not retried by every journey. Closed by JUnit
     * when the run ends (CloseableResource for JUnit 5, AutoCloseable for the versions that deprecate it).
     */
    private record Started(Optional<RunningSystem> system, RunningStack stack, Path dir, Throwable failure)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        static Started attempt() {
            Path artifacts = artifactsDir();
            Path dir = artifacts.resolve("stack");
            RunningStack stack = null;
            try {
                deleteRecursively(dir);
                Files.createDirectories(dir);
                long begin = System.nanoTime();
                stack = LocalStack.start(upDemoOnFreePorts(dir));
                double total = (System.nanoTime() - begin) / 1e9;
                RunningStack running = stack;
                Runtime.getRuntime().addShutdownHook(new Thread(running::close, "e2e-stack-stop"));
                System.out.print(StackSummary.render(stack));
                System.out.printf(java.util.Locale.ROOT, "[e2e] healthy after %.1f s, demo data loaded after %.1f s; logs in %s%n",
                        stack.startupTime().toMillis() / 1e3, total, stack.layout().logsDir());
                Path idsFile = running.demo().or(() -> loadDemoAgain(running)).orElseThrow(() -> new AssertionError(
                        "up --demo did not load the demo data, nor did " + DEMO_RETRIES + " more loads (problems above)"))
                        .idsFile();
                Map<String, String> ids = Gateway.JSON.readValue(idsFile.toFile(), new TypeReference<Map<String, String>>() { });
                String adminKey = Files.readString(stack.layout().dir().resolve("keys").resolve("dev-admin-key")).strip();
                RunningSystem system = new RunningSystem(stack.endpoints().gatewayUrl(), DemoDataset.load(), ids, idsFile,
                        artifacts, adminKey);
                return new Started(Optional.of(system), stack, dir, null);
            } catch (Throwable e) {
                if (stack != null) {
                    stack.close();
                }
                return new Started(Optional.empty(), null, dir, e);
            }
        }

        @Override
        public void close() {
            if (stack != null) {
                stack.close();
                // the data is of no use once the run is over; the logs are kept for whoever reads the build
                for (String part : List.of("postgres", "kafka", "mongo", "run")) {
                    deleteRecursively(dir.resolve(part));
                }
            }
        }
    }

    /**
     * What a user does when {@code up --demo} reports a failed load: {@code load-demo} again (idempotent; it resumes).
     * On a loaded build machine a service can answer 503 to the very first calls even though it reported ready.
     */
    private static Optional<DemoLoadResult> loadDemoAgain(RunningStack stack) {
        for (int attempt = 1; attempt <= DEMO_RETRIES; attempt++) {
            try {
                Thread.sleep(2_000L * attempt);
                DemoLoadResult result = DemoLoader.load(DemoDataset.load(), stack.endpoints().gatewayUrl(),
                        stack.layout().dir(), note -> { });
                System.out.println("[e2e] load-demo again (attempt " + attempt + "): " + result.summaryLine());
                return Optional.of(result);
            } catch (DemoLoadException e) {
                System.out.println("[e2e] load-demo again (attempt " + attempt + ") failed: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@code up --demo --dir <dir> --home <checkout>} with every port free (the brief's "exactly as up --demo"). */
    private static StackOptions upDemoOnFreePorts(Path dir) {
        Path home = Path.of(System.getProperty("innomatch.home", "..")).toAbsolutePath().normalize();
        List<String> missing = new ArrayList<>();
        for (ServiceModule module : ServiceModule.values()) {
            if (!Files.isRegularFile(module.runnerJar(home))) {
                missing.add(module.runnerJar(home).toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("the end-to-end test runs the packaged services, but these are missing: "
                    + String.join(", ", missing) + ". Build them first: ./mvnw package -DskipTests");
        }
        List<String> args = new ArrayList<>(List.of("up", "--demo", "--dir", dir.toString(), "--home", home.toString(),
                "--timeout", HEALTH_TIMEOUT,
                // The services run with the test JVM's extra flags too (another time zone or locale; root pom).
                "--java-opts", String.join(" ", StackOptions.DEFAULT_JAVA_OPTIONS,
                        System.getProperty("test.jvm.args", "")).trim()));
        int[] ports = Ports.free(StackPort.values().length);
        for (StackPort port : StackPort.values()) {
            args.add(port.option());
            args.add(String.valueOf(ports[port.ordinal()]));
        }
        return StackOptions.parse(args, Map.of(), dir, Optional::empty);
    }

    static Path artifactsDir() {
        Path dir = Path.of(System.getProperty("e2e.artifacts", "target/e2e")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
