package org.innomatch.localstack;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.innomatch.infra.EmbeddedKafkaBroker;
import org.innomatch.infra.EmbeddedMongoServer;
import org.innomatch.infra.EmbeddedPostgresServer;
import org.innomatch.infra.PortInUseException;
import org.innomatch.infra.Ports;

/**
 * Runs the whole system on this machine: PostgreSQL, a Mongo-wire server and a Kafka broker embedded in
 * this JVM (PostgreSQL as its own processes), then the five services as child JVMs.
 * <p>
 * {@link #start()} returns once every service is healthy (and, with {@code --demo}, the demo dataset is loaded
 * through the gateway); {@link #stop()} (also reached through
 * {@link RunningStack#close()} or Ctrl-C) stops the services first, then the infrastructure.
 */
public final class LocalStack {

    private static final int LOG_TAIL_LINES = 30;
    /** PostgreSQL listens on loopback whatever {@code --host} says (see EmbeddedPostgresServer). */
    private static final String POSTGRES_HOST = "127.0.0.1";

    private final StackOptions options;
    private final StackLayout layout;
    private final Progress progress;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "innomatch-restarts");
        thread.setDaemon(true);
        return thread;
    });

    // What has been started so far; guarded by this. Once stopping is set nothing more is kept.
    private boolean started;
    private boolean stopping;
    private PidLock lock;
    private EmbeddedPostgresServer postgres;
    private PostgresLifeline postgresLifeline;
    private EmbeddedMongoServer mongo;
    private EmbeddedKafkaBroker kafka;
    private final List<ServiceProcess> services = new ArrayList<>();

    public LocalStack(StackOptions options, PrintStream out) {
        if (options.command() != StackOptions.Command.UP) {
            throw new IllegalArgumentException("LocalStack runs the 'up' command, not " + options.command());
        }
        this.options = options;
        this.layout = new StackLayout(options.dir());
        this.progress = new Progress(out);
    }

    /** Starts a stack and returns it once every service is healthy; throws a {@link StackException} otherwise. */
    public static RunningStack start(StackOptions options) {
        return new LocalStack(options, System.out).start();
    }

    public static void main(String[] args) {
        int exitCode = run(args, System.out, System.err);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        StackOptions options;
        try {
            options = StackOptions.parse(args);
        } catch (UsageException e) {
            err.println("innomatch: " + e.getMessage());
            err.println();
            err.print(StackOptions.usage());
            return 2;
        }
        if (options.command() == StackOptions.Command.HELP) {
            out.print(StackOptions.usage());
            return 0;
        }
        if (options.command() == StackOptions.Command.LOAD_DEMO) {
            return loadDemo(options, out, err);
        }
        LocalStack stack = new LocalStack(options, out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "innomatch-stop"));
        try {
            RunningStack running = stack.start();
            out.print(StackSummary.render(running));
            out.flush();
            running.awaitStopped();
            return 0;
        } catch (StackException e) {
            err.println("innomatch: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** {@code load-demo}: loads the demo dataset into the stack behind {@code --gateway}. */
    private static int loadDemo(StackOptions options, PrintStream out, PrintStream err) {
        Progress progress = new Progress(out);
        progress.line("Loading the demo data through " + options.gateway() + " ...");
        try {
            DemoLoadResult result = DemoLoader.load(DemoDataset.load(), options.gateway(), options.dir(),
                    note -> progress.step("demo data", "", note));
            out.println(result.summaryLine());
            out.println("ids of the dataset keys: " + result.idsFile());
            result.firstDiplomat().ifPresent(diplomat -> StackSummary.exampleCommands(options.gateway(), diplomat,
                    DemoLoader.apiKey(options.dir())).forEach(command -> out.println("  " + command)));
            out.flush();
            return 0;
        } catch (DemoLoadException e) {
            err.println("innomatch: " + e.getMessage());
            return 1;
        }
    }

    /**
     * {@code up --demo}: loads the demo dataset through the stack's gateway. A failure is reported and the stack
     * keeps running, so the data can be fixed and loaded again with {@code load-demo}.
     */
    private Optional<DemoLoadResult> loadDemo(StackEndpoints endpoints) {
        long begin = System.nanoTime();
        try {
            DemoLoadResult result = DemoLoader.load(DemoDataset.load(), endpoints.gatewayUrl(),
                    layout.dir(), note -> progress.step("demo data", "", note));
            progress.step("demo data", "loaded", since(begin), result.summaryLine().replaceFirst("^demo data: ", ""));
            return Optional.of(result);
        } catch (DemoLoadException e) {
            if (isStopping()) {
                throw new StackException("stopped while loading the demo data");
            }
            progress.problem(e.getMessage());
            progress.problem("the stack keeps running; fix the cause and run ./innomatch load-demo --dir " + layout.dir());
            return Optional.empty();
        }
    }

    public RunningStack start() {
        long begin = System.nanoTime();
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("this stack has already been started");
            }
            started = true;
        }
        keep(PidLock.acquire(layout), held -> lock = held);
        try {
            for (String leftover : Leftovers.clean(layout)) {
                progress.problem("killed " + leftover + ", left running by an earlier run that died in " + layout.dir());
            }
            requirePortsFree();
            requireServiceJars();
            StackLogging.configure(layout.logsDir());
            progress.line("Starting Innomatch in " + layout.dir());

            StackEndpoints endpoints = startInfrastructure();
            startServices(endpoints);
            awaitServicesHealthy(endpoints);
            watchForUnexpectedExits();
            Duration startupTime = Duration.ofNanos(System.nanoTime() - begin);
            Optional<DemoLoadResult> demo = options.demo() ? loadDemo(endpoints) : Optional.empty();
            return new RunningStack(this, endpoints, layout, services, startupTime, demo);
        } catch (StackException e) {
            stop();
            throw e;
        } catch (RuntimeException e) {
            progress.problem("unexpected failure: " + e);
            e.printStackTrace();
            stop();
            throw new StackException("could not start: " + e.getMessage(), e);
        }
    }

    private void requirePortsFree() {
        for (StackPort port : StackPort.values()) {
            String host = port == StackPort.POSTGRES ? POSTGRES_HOST : options.host();
            try {
                Ports.requireFree(host, options.port(port), port.part());
            } catch (PortInUseException e) {
                throw new StackException(e.getMessage(), e);
            }
        }
    }

    private void requireServiceJars() {
        for (ServiceModule module : ServiceModule.values()) {
            Path jar = module.runnerJar(options.home());
            if (!Files.isRegularFile(jar)) {
                throw new StackException(module.moduleName() + " is not built (" + jar + " is missing); build first with "
                        + "./mvnw install -DskipTests, or just use ./innomatch up");
            }
        }
    }

    /** PostgreSQL, Mongo and Kafka do not depend on each other, so they start side by side. */
    private StackEndpoints startInfrastructure() {
        ExecutorService executor = Executors.newFixedThreadPool(3, runnable -> {
            Thread thread = new Thread(runnable, "innomatch-infra-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<String> postgresJdbcBase = startPart("postgresql", layout.postgresLog(), executor,
                    this::startPostgres);
            CompletableFuture<String> mongoConnection = startPart("mongodb", layout.mongoLog(), executor,
                    this::startMongo);
            CompletableFuture<String> kafkaBootstrap = startPart("kafka", layout.kafkaLog(), executor,
                    this::startKafka);
            try {
                CompletableFuture.allOf(postgresJdbcBase, mongoConnection, kafkaBootstrap).join();
            } catch (CompletionException e) {
                // every part has finished by now (started, or failed and reported): report the first failure
                for (CompletableFuture<String> part : List.of(postgresJdbcBase, mongoConnection, kafkaBootstrap)) {
                    Optional<Throwable> failure = failureOf(part);
                    if (failure.isPresent()) {
                        throw failure.get() instanceof StackException s ? s : new StackException(failure.get().toString());
                    }
                }
                throw e;
            }
            return new StackEndpoints(options.host(), options.ports(), kafkaBootstrap.join(), postgresJdbcBase.join(),
                    mongoConnection.join());
        } finally {
            executor.shutdown();
        }
    }

    private static Optional<Throwable> failureOf(CompletableFuture<?> future) {
        try {
            future.join();
            return Optional.empty();
        } catch (CompletionException e) {
            return Optional.of(e.getCause());
        }
    }

    /** Runs one part's start on the executor, prints its progress line, and turns a failure into a report. */
    private CompletableFuture<String> startPart(String part, Path log, ExecutorService executor,
                                                Supplier<String> starter) {
        return CompletableFuture.supplyAsync(() -> {
            long begin = System.nanoTime();
            try {
                return starter.get();
            } catch (StackException e) {
                throw e;
            } catch (RuntimeException e) {
                String message = rootMessage(e);
                reportFailure(part + " failed to start: " + message, log, LogTail.lastLines(log, LOG_TAIL_LINES, null));
                throw new StackException(part + " failed to start after " + Progress.seconds(since(begin)) + ": "
                        + message + " (log: " + log + ")", e);
            }
        }, executor);
    }

    private String startPostgres() {
        long begin = System.nanoTime();
        EmbeddedPostgresServer server = keep(
                EmbeddedPostgresServer.start(layout.postgresDataDir(), options.port(StackPort.POSTGRES), layout.postgresLog()),
                started -> postgres = started);
        keep(PostgresLifeline.watch(layout.postgresDataDir(), layout.postgresLog()),
                started -> postgresLifeline = started);
        List<String> databases = ServiceModule.databasesIn(ServiceModule.Store.POSTGRESQL);
        databases.forEach(server::createDatabaseIfAbsent);
        String jdbcBase = server.jdbcUrl("");
        progress.step("postgresql", "ready", since(begin), jdbcBase + " (" + String.join(", ", databases) + ")");
        return jdbcBase;
    }

    private String startMongo() {
        long begin = System.nanoTime();
        EmbeddedMongoServer server = keep(
                EmbeddedMongoServer.persistent(layout.mongoFile(), options.host(), options.port(StackPort.MONGO)),
                started -> mongo = started);
        progress.step("mongodb", "ready", since(begin), server.connectionString() + " (H2 file "
                + layout.dir().relativize(layout.mongoFile()) + ")");
        return server.connectionString();
    }

    private String startKafka() {
        long begin = System.nanoTime();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(layout.kafkaDir(), options.host(),
                options.port(StackPort.KAFKA), options.port(StackPort.KAFKA_CONTROLLER), Map.of());
        keep(broker.start(), started -> kafka = started);
        broker.createTopics(StackTopics.ALL);
        progress.step("kafka", "ready", since(begin), broker.bootstrapServers() + " (" + StackTopics.ALL.size()
                + " topics)");
        return broker.bootstrapServers();
    }

    private void startServices(StackEndpoints endpoints) {
        for (ServiceModule module : ServiceModule.values()) {
            ServiceLaunch launch = ServiceLaunch.of(module, options, endpoints, layout);
            ServiceProcess process;
            try {
                process = keep(ServiceProcess.start(launch), services::add);
                Leftovers.record(layout, module, process.pid());
            } catch (UncheckedIOException e) {
                throw new StackException(e.getMessage(), e);
            }
            progress.step(module.moduleName(), "started", "pid " + process.pid() + ", log "
                    + layout.dir().relativize(process.logFile()));
        }
    }

    private void awaitServicesHealthy(StackEndpoints endpoints) {
        List<ServiceProcess> launched;
        synchronized (this) {
            launched = List.copyOf(services);
        }
        Optional<HealthWaiter.Failure> failure;
        try {
            failure = new HealthWaiter().awaitAll(launched, endpoints, options.healthTimeout(),
                    (service, took) -> progress.step(service.name(), "healthy", took,
                            endpoints.serviceUrl(service.module()).toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting for the services to become healthy");
        }
        if (failure.isPresent() && isStopping()) {
            throw new StackException("stopped while starting");
        }
        if (failure.isPresent()) {
            ServiceProcess service = failure.get().service();
            reportFailure(service.name() + " " + failure.get().reason(), service.logFile(),
                    service.logTail(LOG_TAIL_LINES));
            throw new StackException(service.name() + " " + failure.get().reason() + " (log: " + service.logFile() + ")");
        }
    }

    private void watchForUnexpectedExits() {
        List<ServiceProcess> launched;
        synchronized (this) {
            launched = List.copyOf(services);
        }
        for (ServiceProcess service : launched) {
            watch(service, RestartBackoff.standard(clock));
        }
    }

    /** A service that exits while the stack is not stopping is started again after its back-off delay. */
    private void watch(ServiceProcess service, RestartBackoff backoff) {
        service.onExit().thenRun(() -> {
            if (isStopping()) {
                return;
            }
            Duration delay = backoff.delayAfterExit();
            progress.problem(service.name() + " exited unexpectedly with code " + service.exitCode().orElse(-1)
                    + "; restarting it in " + Progress.seconds(delay) + " (crash " + backoff.crashesInARow()
                    + " in a row; log: " + service.logFile() + ")");
            restarts.schedule(() -> restart(service, backoff), delay.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private void restart(ServiceProcess crashed, RestartBackoff backoff) {
        ServiceProcess again;
        try {
            again = crashed.startAgain();
            Leftovers.record(layout, again.module(), again.pid());
        } catch (UncheckedIOException e) {
            progress.problem(crashed.name() + " could not be restarted: " + e.getMessage());
            return;
        }
        synchronized (this) {
            if (stopping) {
                again.close();
                return;
            }
            services.set(services.indexOf(crashed), again);
        }
        backoff.started();
        progress.step(again.name(), "restarted", "pid " + again.pid());
        watch(again, backoff);
    }

    private void reportFailure(String headline, Path log, List<String> tail) {
        progress.problem(headline);
        if (!tail.isEmpty()) {
            progress.block("   last " + tail.size() + " lines of " + log + ":", tail);
        }
    }

    /**
     * Records a part that has just started so {@link #stop()} will stop it; if the stack is already
     * stopping (Ctrl-C during start-up), stops the part right away instead.
     */
    private <T extends AutoCloseable> T keep(T part, Consumer<T> record) {
        synchronized (this) {
            if (!stopping) {
                record.accept(part);
                return part;
            }
        }
        closeQuietly(part);
        throw new StackException("stopped while starting");
    }

    private synchronized boolean isStopping() {
        return stopping;
    }

    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Stops whatever has been started, services first; safe to call more than once and from any thread. */
    public void stop() {
        List<ServiceProcess> runningServices;
        EmbeddedKafkaBroker runningKafka;
        EmbeddedMongoServer runningMongo;
        EmbeddedPostgresServer runningPostgres;
        PostgresLifeline runningPostgresLifeline;
        PidLock heldLock;
        synchronized (this) {
            if (stopping) {
                awaitQuietly();
                return;
            }
            stopping = true;
            restarts.shutdownNow();
            runningServices = List.copyOf(services);
            runningKafka = kafka;
            runningMongo = mongo;
            runningPostgres = postgres;
            runningPostgresLifeline = postgresLifeline;
            heldLock = lock;
        }
        try {
            boolean anythingStarted = !runningServices.isEmpty() || runningKafka != null || runningMongo != null
                    || runningPostgres != null;
            if (anythingStarted) {
                progress.line("Stopping Innomatch ...");
            }
            stopServices(runningServices);
            stopPart("kafka", runningKafka, EmbeddedKafkaBroker::stop);
            stopPart("mongodb", runningMongo, EmbeddedMongoServer::close);
            stopPart("postgresql", runningPostgres, EmbeddedPostgresServer::close);
            if (runningPostgresLifeline != null) {
                runningPostgresLifeline.close();
            }
            if (anythingStarted) {
                progress.line("stopped");
            }
        } finally {
            if (heldLock != null) {
                heldLock.close();
            }
            stopped.countDown();
        }
    }

    private void awaitQuietly() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM to all services at once; each gets {@link ServiceProcess#STOP_GRACE} before it is killed. */
    private void stopServices(List<ServiceProcess> running) {
        if (running.isEmpty()) {
            return;
        }
        long begin = System.nanoTime();
        List<Thread> stoppers = new ArrayList<>();
        for (ServiceProcess service : running) {
            Thread stopper = new Thread(() -> service.close(), "innomatch-stop-" + service.name());
            stopper.start();
            stoppers.add(stopper);
        }
        for (Thread stopper : stoppers) {
            try {
                stopper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        progress.step("services", "stopped", since(begin), running.size() + " processes");
    }

    private interface Stopper<T> {
        void stop(T part) throws Exception;
    }

    private <T> void stopPart(String name, T part, Stopper<T> stopper) {
        if (part == null) {
            return;
        }
        long begin = System.nanoTime();
        try {
            stopper.stop(part);
            progress.step(name, "stopped", since(begin), "");
        } catch (Exception e) {
            progress.problem(name + " did not stop cleanly: " + rootMessage(e));
        }
    }

    private static void closeQuietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception ignored) {
            // already failing or stopping; the first problem is the one reported
        }
    }

    private static Duration since(long begin) {
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += ": " + root.getMessage();
        }
        return message;
    }
}
