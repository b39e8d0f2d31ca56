package org.innomatch.gateway.ratelimit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.innomatch.messaging.KafkaClientConfig;
import org.jboss.logging.Logger;

/**
 * Shares the rate limiter's usage with the other gateway instances through one Kafka topic
 * ({@code innomatch.rate-limit.shared-topic}). Every {@code share-interval} this instance writes what its buckets
 * gave out since its last report ({@link UsageReport}), and it takes what the others report out of its own buckets.
 * Every instance reads every partition itself, without a consumer group, starting a few seconds back so that a
 * restarted instance knows what its callers just spent.
 * <p>
 * A caller's sustained rate therefore holds across all instances. What can still get through beyond it: the calls
 * the other instances allow before their reports arrive (a burst of up to the capacity on each instance, plus one
 * interval's refill), and anything reported while Kafka was away, since reports are dropped rather than kept.
 * Limiting never waits for Kafka: without it, each instance limits on its own.
 */
@ApplicationScoped
@Startup
public class SharedUsage {

    private static final Logger LOG = Logger.getLogger(SharedUsage.class);
    /** A report read later than this is ignored: the tokens it counts have mostly come back. */
    static final Duration MAX_AGE = Duration.ofSeconds(5);
    /** How long start-up waits to have read the reports of the last {@link #MAX_AGE}. */
    static final Duration CATCH_UP_WAIT = Duration.ofSeconds(5);
    /** Buckets per record: keeps a record far below Kafka's default 1 MB limit. */
    static final int MAX_ENTRIES_PER_REPORT = 5_000;

    private final RateLimiter limiter;
    private final String topic;
    private final Duration interval;
    private final String instance = UUID.randomUUID().toString();
    private final byte[] instanceKey = instance.getBytes(StandardCharsets.UTF_8);
    private final KafkaProducer<byte[], byte[]> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread worker;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final AtomicLong reportsSent = new AtomicLong();
    private final AtomicLong reportsLost = new AtomicLong();
    private final AtomicLong reportsIgnored = new AtomicLong();
    private final AtomicLong recordsRead = new AtomicLong();
    private volatile boolean closed;
    private long lastLostLogged;

    @Inject
    public SharedUsage(RateLimitSettings settings, RateLimiter limiter,
                       KafkaClientConfig kafka, MeterRegistry registry) {
        this(limiter, settings.enabled() ? settings.sharedTopic() : Optional.empty(), settings.shareInterval(),
                kafka);
        if (topic != null) {
            count(registry, "sent", "Usage reports Kafka took", reportsSent);
            count(registry, "lost", "Usage reports Kafka did not take: the other instances did not see them",
                    reportsLost);
            count(registry, "ignored", "Usage reports read too late, or unreadable, and not applied",
                    reportsIgnored);
        }
        awaitCaughtUp(CATCH_UP_WAIT);
    }

    private static void count(MeterRegistry registry, String outcome, String description, AtomicLong count) {
        FunctionCounter.builder("innomatch.gateway.rate.usage.reports", count, AtomicLong::doubleValue)
                .tag("outcome", outcome)
                .description(description)
                .register(registry);
    }

    SharedUsage(RateLimiter limiter, Optional<String> topic, Duration interval, KafkaClientConfig kafka) {
        this.limiter = limiter;
        this.topic = topic.orElse(null);
        this.interval = interval;
        if (this.topic == null) {
            producer = null;
            consumer = null;
            worker = null;
            caughtUp.countDown();
            return;
        }
        if (kafka.bootstrapServers().isEmpty()) {
            throw new IllegalStateException("innomatch.rate-limit.shared-topic needs kafka.bootstrap.servers");
        }
        String client = "gateway-rate-usage-" + instance;
        Map<String, Object> producerConfig = new HashMap<>();
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, client + "-writer");
        // A lost report only loosens the limit for a moment: no waiting for replicas, and never blocking for long.
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "1");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_000);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) MAX_AGE.toMillis());
        producerConfig.put(ProducerConfig.RETRIES_CONFIG, 1);
        this.producer = new KafkaProducer<>(kafka.producer(producerConfig), new ByteArraySerializer(),
                new ByteArraySerializer());
        Map<String, Object> consumerConfig = new HashMap<>();
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, client + "-reader");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        this.consumer = new KafkaConsumer<>(kafka.consumer(consumerConfig), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        limiter.shareUsage(true);
        this.worker = new Thread(this::run, "rate-usage-sharer");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** Whether the reports of the last {@link #MAX_AGE} were read within {@code timeout}. */
    boolean awaitCaughtUp(Duration timeout) {
        try {
            if (caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            LOG.warnf("Rate limits: could not read topic %s within %s; limiting here alone until it can", topic,
                    timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** Reports written that Kafka did not take: their usage was not seen by the other instances. */
    long reportsLost() {
        return reportsLost.get();
    }

    /** Reports read too late, or unreadable, and so not applied. */
    long reportsIgnored() {
        return reportsIgnored.get();
    }

    /** Records read from the topic, this instance's own reports included. */
    long recordsRead() {
        return recordsRead.get();
    }

    private void run() {
        try {
            Map<TopicPartition, Long> end = null;
            long nextReport = System.nanoTime() + interval.toNanos();
            while (!closed) {
                if (end == null) {
                    end = startReading();
                } else {
                    long waitMillis = Math.max(0, TimeUnit.NANOSECONDS.toMillis(nextReport - System.nanoTime()));
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(waitMillis))) {
                        absorb(record);
                    }
                    if (caughtUp.getCount() > 0 && isAtEnd(end)) {
                        caughtUp.countDown();
                    }
                }
                if (System.nanoTime() - nextReport >= 0) {
                    report();
                    nextReport = System.nanoTime() + interval.toNanos();
                }
            }
        } catch (WakeupException e) {
            if (!closed) {
                LOG.error("Rate limits: reading the shared usage stopped", e);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rate limits: sharing usage through %s stopped; each instance limits on its own", topic);
        } finally {
            limiter.shareUsage(false);
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /**
     * Assigns every partition of the topic, each starting at the first report of the last {@link #MAX_AGE}, and
     * answers where they end; null while Kafka does not answer or lacks the topic (the caller retries).
     */
    private Map<TopicPartition, Long> startReading() {
        try {
            List<PartitionInfo> found = consumer.partitionsFor(topic, Duration.ofSeconds(1));
            if (found != null && !found.isEmpty()) {
                return seekToRecentReports(found.stream().map(info -> new TopicPartition(topic, info.partition()))
                        .toList());
            }
            LOG.warnf("Rate limits: topic %s does not exist (yet); retrying", topic);
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.debugf("Rate limits: no answer from Kafka about topic %s (%s); retrying", topic, e.getMessage());
        }
        sleep(interval);
        return null;
    }

    private Map<TopicPartition, Long> seekToRecentReports(List<TopicPartition> partitions) {
        consumer.assign(partitions);
        long since = System.currentTimeMillis() - MAX_AGE.toMillis();
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, since));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            consumer.seek(partition, offset == null ? end.get(partition) : offset.offset());
        }
        return end;
    }

    private boolean isAtEnd(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(partition -> consumer.position(partition.getKey())
                >= partition.getValue());
    }

    private void absorb(ConsumerRecord<byte[], byte[]> record) {
        recordsRead.incrementAndGet();
        if (record.value() == null || Arrays.equals(instanceKey, record.key())) {
            return;
        }
        UsageReport report;
        try {
            report = UsageReport.decode(record.value());
        } catch (IOException e) {
            reportsIgnored.incrementAndGet();
            LOG.warnf("Rate limits: skipping unreadable usage record %s-%d@%d: %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        if (System.currentTimeMillis() - report.takenAtMillis() > MAX_AGE.toMillis()) {
            reportsIgnored.incrementAndGet();
            return;
        }
        for (UsageReport.Entry entry : report.entries()) {
            limiter.absorb(entry.callerKey(), entry.role(), entry.tokens());
        }
    }

    private void report() {
        List<UsageReport.Entry> entries;
        while (!(entries = limiter.takeUnshared(MAX_ENTRIES_PER_REPORT)).isEmpty()) {
            UsageReport report = new UsageReport(instance, System.currentTimeMillis(), entries);
            try {
                producer.send(new ProducerRecord<>(topic, instanceKey, report.encode()), (metadata, error) -> {
                    if (error != null) {
                        lost(error);
                    } else {
                        reportsSent.incrementAndGet();
                    }
                });
            } catch (KafkaException e) {
                lost(e);
            }
            if (entries.size() < MAX_ENTRIES_PER_REPORT) {
                return;
            }
        }
    }

    private void lost(Exception error) {
        reportsLost.incrementAndGet();
        long now = System.nanoTime();
        // Once a minute at most: with Kafka away, every interval loses a report.
        synchronized (reportsLost) {
            if (lastLostLogged == 0 || now - lastLostLogged > TimeUnit.MINUTES.toNanos(1)) {
                lastLostLogged = now;
                LOG.warnf("Rate limits: usage reports are not reaching topic %s (%s, %d lost so far); each instance "
                        + "limits on its own meanwhile", topic, error.getMessage(), reportsLost.get());
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() {
        if (worker == null) {
            return;
        }
        closed = true;
        consumer.wakeup();
        try {
            worker.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(2));
    }
}
