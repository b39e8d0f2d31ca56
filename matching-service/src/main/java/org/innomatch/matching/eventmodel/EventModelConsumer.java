package org.innomatch.matching.eventmodel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventFormatException;
import org.innomatch.events.Topics;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.events.matchmaking.RegistrationChanged;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the events/registrations read model in MongoDB. The store is shared by all instances, so this is an
 * effect consumer: one group ({@code innomatch.meetings.events-group}), offsets committed after the batch is
 * stored. Applying a record twice changes nothing (version/time guards), so at-least-once is enough.
 */
@ApplicationScoped
public class EventModelConsumer {

    private static final Logger LOG = Logger.getLogger(EventModelConsumer.class);

    private final EventModelStore store;
    private final String bootstrapServers;
    private final String groupId;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;
    private Thread thread;

    public EventModelConsumer(EventModelStore store,
                              @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                              @ConfigProperty(name = "innomatch.meetings.events-group", defaultValue = "matching-service-events") String groupId) {
        this.store = store;
        this.bootstrapServers = bootstrapServers;
        this.groupId = groupId;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "event-model-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(properties(), new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer = c;
                c.subscribe(List.of(Topics.EVENTS));
                while (running) {
                    ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(200));
                    for (ConsumerRecord<String, byte[]> record : records) {
                        apply(record);
                    }
                    if (!records.isEmpty()) {
                        c.commitSync();
                    }
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                // e.g. MongoDB briefly unreachable: uncommitted records are read again after the restart
                LOG.error("Event read-model consumer failed; restarting in 1 s", e);
                sleep();
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header h : record.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        Object data;
        try {
            data = EventEnvelope.fromKafka(headers, record.value()).data();
        } catch (EventFormatException e) {
            LOG.warnf("Skipping unreadable record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return;
        }
        if (data instanceof EventUpserted e) {
            store.apply(e);
        } else if (data instanceof RegistrationChanged r) {
            store.apply(r);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "2000");
        return p;
    }

    private void sleep() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
