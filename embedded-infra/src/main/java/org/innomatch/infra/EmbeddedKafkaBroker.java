package org.innomatch.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, one node) running in this JVM.
 * <p>
 * Restartable: {@link #stop()} then {@link #start()} brings the same broker back on the same ports with the
 * same log directory, which is what outage tests need. Storage is formatted on first start only.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final String host;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    public EmbeddedKafkaBroker(Path directory, String host, int port, int controllerPort, Map<String, String> overrides) {
        this.directory = directory.toAbsolutePath();
        this.host = host;
        this.port = port;
        this.controllerPort = controllerPort;
        this.overrides = Map.copyOf(overrides);
    }

    /** A broker on two free loopback ports, storing its log under {@code directory}. */
    public static EmbeddedKafkaBroker onFreePorts(Path directory) {
        int[] ports = Ports.free(2);
        return new EmbeddedKafkaBroker(directory, "127.0.0.1", ports[0], ports[1], Map.of());
    }

    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        Ports.requireFree(host, port, "kafka");
        Ports.requireFree(host, controllerPort, "kafka controller");
        try {
            Files.createDirectories(directory);
            Properties config = config();
            Path configFile = directory.resolve("server.properties");
            try (Writer writer = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
                config.store(writer, "written by Innomatch embedded-infra");
            }
            Locale[] defaults = {Locale.getDefault(), Locale.getDefault(Locale.Category.DISPLAY),
                    Locale.getDefault(Locale.Category.FORMAT)};
            // Kafka 4.1 upper-cases group.coordinator.rebalance.protocols with the JVM's default locale: under a
            // Turkish one "classic" became "CLASSİC" and the broker would not start (nor would ./innomatch up).
            // It starts under Locale.ROOT; the default is the machine's again once the broker runs.
            Locale.setDefault(Locale.ROOT);
            try {
                format(configFile);
                KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
                raftServer.startup();
                server = raftServer;
                awaitReady();
            } finally {
                Locale.setDefault(defaults[0]);
                Locale.setDefault(Locale.Category.DISPLAY, defaults[1]);
                Locale.setDefault(Locale.Category.FORMAT, defaults[2]);
            }
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare Kafka directory " + directory, e);
        } catch (RuntimeException e) {
            stopQuietly();
            throw e;
        }
    }

    private Properties config() {
        Properties c = new Properties();
        c.put("process.roles", "broker,controller");
        c.put("node.id", "1");
        c.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
        c.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        c.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        c.put("controller.listener.names", "CONTROLLER");
        c.put("inter.broker.listener.name", "PLAINTEXT");
        c.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        c.put("log.dirs", directory.resolve("data").toString());
        c.put("num.partitions", "1");
        c.put("offsets.topic.replication.factor", "1");
        c.put("offsets.topic.num.partitions", "5");
        c.put("transaction.state.log.replication.factor", "1");
        c.put("transaction.state.log.min.isr", "1");
        c.put("share.coordinator.state.topic.replication.factor", "1");
        c.put("share.coordinator.state.topic.min.isr", "1");
        c.put("group.initial.rebalance.delay.ms", "0");
        // Compaction runs soon on small topics, so replay tests see compacted state in realistic form.
        c.put("log.cleaner.backoff.ms", "1000");
        c.put("auto.create.topics.enable", "true");
        c.putAll(overrides);
        return c;
    }

    /** Formats the storage once; the cluster id is kept beside it so a restart finds the same cluster. */
    private void format(Path configFile) throws IOException {
        Path clusterIdFile = directory.resolve("cluster.id");
        String clusterId;
        if (Files.exists(clusterIdFile)) {
            clusterId = Files.readString(clusterIdFile).trim();
        } else {
            clusterId = Uuid.randomUuid().toString();
            Files.writeString(clusterIdFile, clusterId);
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        int rc = StorageTool.execute(new String[] {"format", "--ignore-formatted",
                "-t", clusterId, "-c", configFile.toString()}, quiet);
        if (rc != 0) {
            throw new IllegalStateException("Formatting Kafka storage in " + directory + " failed with exit code " + rc);
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        try (Admin admin = admin()) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
        throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " not ready after " + READY_TIMEOUT, last);
    }

    public Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        return Admin.create(p);
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(List<TopicSpec> topics) {
        if (topics.isEmpty()) {
            return;
        }
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec t : topics) {
                if (!existing.contains(t.name())) {
                    missing.add(new NewTopic(t.name(), t.partitions(), (short) 1).configs(t.configs()));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topics " + topics, e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Timed out creating topics " + topics, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }

    public String bootstrapServers() {
        return host + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path directory() {
        return directory;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer s = server;
        server = null;
        s.shutdown();
        s.awaitShutdown();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException ignored) {
            // the start failure is the error worth reporting
        }
    }

    @Override
    public void close() {
        stop();
    }
}
