package org.innomatch.loadbench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far behind the asynchronous half of the system is: rows of the transactional outboxes not yet on Kafka, and
 * records on Kafka that the consumer groups have not committed yet.
 */
public final class Backlog implements AutoCloseable {

    /** What is still to do at one moment; {@code lagByGroup} names the groups that are behind. */
    public record Snapshot(long outboxRows, long consumerLag, Map<String, Long> lagByGroup) {
        public boolean empty() {
            return outboxRows == 0 && consumerLag == 0;
        }
    }

    private final List<String[]> databases;
    private final Admin kafka;

    /** {@code databases}: JDBC url, user, password of each service with an outbox. */
    public Backlog(List<String[]> databases, String bootstrapServers) {
        this.databases = List.copyOf(databases);
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        this.kafka = Admin.create(p);
    }

    public static Backlog of(StackProcesses stack) {
        List<String[]> databases = new ArrayList<>();
        for (String service : List.of("profile-service", "project-service")) {
            stack.systemProperty(service, "quarkus.datasource.jdbc.url").ifPresent(url -> databases.add(new String[] {
                url, stack.systemProperty(service, "quarkus.datasource.username").orElse("postgres"),
                stack.systemProperty(service, "quarkus.datasource.password").orElse("")}));
        }
        String bootstrap = stack.systemProperty("gateway", "kafka.bootstrap.servers")
                .orElseThrow(() -> new IllegalStateException("the gateway's command line names no Kafka broker"));
        return new Backlog(databases, bootstrap);
    }

    public Snapshot now() {
        Map<String, Long> lag = consumerLag();
        return new Snapshot(outboxRows(), lag.values().stream().mapToLong(Long::longValue).sum(), lag);
    }

    /** Polls until nothing is left; the time it took, or {@code null} if something was still left at the limit. */
    public Duration drain(Duration limit) throws InterruptedException {
        long start = System.nanoTime();
        while (System.nanoTime() - start < limit.toNanos()) {
            if (now().empty()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(200);
        }
        return null;
    }

    private long outboxRows() {
        long rows = 0;
        for (String[] db : databases) {
            try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]);
                 Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
                r.next();
                rows += r.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the outbox of " + db[0] + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private Map<String, Long> consumerLag() {
        try {
            Map<String, Long> lagByGroup = new TreeMap<>();
            for (ConsumerGroupListing group : kafka.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                        kafka.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                long lag = 0;
                for (Map.Entry<TopicPartition, OffsetAndMetadata> c : committed.entrySet()) {
                    if (c.getValue() != null) {
                        lag += Math.max(0, ends.get(c.getKey()).offset() - c.getValue().offset());
                    }
                }
                if (lag > 0) {
                    lagByGroup.put(group.groupId(), lag);
                }
            }
            return lagByGroup;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the consumer groups' lag: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        kafka.close(Duration.ofSeconds(5));
    }
}
