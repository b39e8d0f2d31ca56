package org.innomatch.matching.eventmodel;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.Topics;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.events.matchmaking.RegistrationChanged;
import org.innomatch.events.matchmaking.SessionChanged;
import org.innomatch.events.matchmaking.SessionFollowChanged;
import org.innomatch.matching.programme.ProgrammeStore;
import org.innomatch.messaging.CloudEventRecords;
import org.innomatch.messaging.DeadLetterTopic;
import org.innomatch.messaging.DeadLettering;
import org.innomatch.messaging.KafkaClientConfig;
import org.innomatch.messaging.RetryPolicy;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the events/registrations read model and the programme (sessions and their follows, {@link ProgrammeStore})
 * in MongoDB. The store is shared by all instances, so this is an
 * effect consumer: one group ({@code innomatch.meetings.events-group}), offsets committed after the batch is
 * stored. Applying a record twice changes nothing (version/time guards), so at-least-once is enough. A record
 * that cannot be read goes to {@value #DEAD_LETTER_TOPIC} before the offset moves past it; a type this service
 * does not know is skipped.
 */
@ApplicationScoped
public class EventModelConsumer {

    public static final String DEAD_LETTER_TOPIC = "innomatch.events.dlq.matching-service";
    private static final String SERVICE = "matching-service";
    private static final Logger LOG = Logger.getLogger(EventModelConsumer.class);

    private final EventModelStore store;
    private final ProgrammeStore programme;
    private final KafkaClientConfig kafka;
    private final String groupId;
    private final DeadLetterTopic deadLetterTopic;
    private final DeadLettering deadLettering;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean running;
    private Thread thread;

    public EventModelConsumer(EventModelStore store, ProgrammeStore programme, KafkaClientConfig kafka,
                              @ConfigProperty(name = "innomatch.meetings.events-group",
                                      defaultValue = "matching-service-events") String groupId) {
        this.store = store;
        this.programme = programme;
        this.kafka = kafka;
        this.groupId = groupId;
        this.deadLetterTopic = new DeadLetterTopic(kafka, SERVICE);
        this.deadLettering = new DeadLettering(RetryPolicy.DEFAULT, deadLetterTopic);
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
        deadLetterTopic.close();
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(kafka.consumer(properties()),
                    new StringDeserializer(), new ByteArrayDeserializer())) {
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
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } catch (RuntimeException e) {
                // e.g. MongoDB briefly unreachable: uncommitted records are read again after the restart
                LOG.error("Event read-model consumer failed; restarting in 1 s", e);
                sleep();
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        deadLettering.handle(record, () -> CloudEventRecords.decodeKnown(record).map(EventEnvelope::data)
                .ifPresent(this::apply));
    }

    private void apply(Object data) {
        if (data instanceof EventUpserted e) {
            store.apply(e);
        } else if (data instanceof RegistrationChanged r) {
            store.apply(r);
        } else if (data instanceof SessionChanged s) {
            programme.apply(s);
        } else if (data instanceof SessionFollowChanged f) {
            programme.apply(f);
        }
    }

    private Map<String, Object> properties() {
        return Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "2000");
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
