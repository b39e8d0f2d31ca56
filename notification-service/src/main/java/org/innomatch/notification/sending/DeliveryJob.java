package org.innomatch.notification.sending;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.notification.delivery.Deliveries;
import org.innomatch.notification.delivery.Delivery;
import org.innomatch.notification.kafka.DeadLetters;
import org.innomatch.notification.webhooks.UrlGuard;
import org.innomatch.notification.webhooks.Webhook;
import org.innomatch.notification.webhooks.WebhookSignature;
import org.innomatch.notification.webhooks.Webhooks;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;

/**
 * Sends due deliveries: e-mails through the mailer, webhook calls signed per Standard Webhooks. A failed attempt
 * is logged on the delivery and retried with {@link Backoff}; when the retry window is spent (or the webhook is
 * gone, or its URL became forbidden) the delivery is parked and a record goes to the dead-letter topic.
 * At-least-once: a crash after sending but before recording sends again after the lease, with the same
 * {@code webhook-id}, so receivers can de-duplicate.
 */
@ApplicationScoped
public class DeliveryJob {

    private static final Logger LOG = Logger.getLogger(DeliveryJob.class);
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final Deliveries deliveries;
    private final Webhooks webhooks;
    private final UrlGuard guard;
    private final Mailer mailer;
    private final DeadLetters deadLetters;
    private final ObjectMapper json;
    private final Backoff backoff;
    private final int batch;
    private final WebhookSender sender;
    private final Clock clock;

    public DeliveryJob(Deliveries deliveries, Webhooks webhooks, UrlGuard guard, Mailer mailer, DeadLetters deadLetters,
            ObjectMapper json, Clock clock, Vertx vertx,
            @ConfigProperty(name = "innomatch.deliveries.initial-backoff", defaultValue = "5s") Duration initial,
            @ConfigProperty(name = "innomatch.deliveries.max-backoff", defaultValue = "2h") Duration max,
            @ConfigProperty(name = "innomatch.deliveries.retry-window", defaultValue = "24h") Duration window,
            @ConfigProperty(name = "innomatch.deliveries.batch", defaultValue = "50") int batch,
            @ConfigProperty(name = "innomatch.webhooks.timeout", defaultValue = "10s") Duration timeout) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.guard = guard;
        this.mailer = mailer;
        this.deadLetters = deadLetters;
        this.json = json;
        this.backoff = new Backoff(initial, max, window);
        this.batch = batch;
        this.clock = clock;
        this.sender = new WebhookSender(vertx, timeout);
    }

    @Scheduled(every = "${innomatch.deliveries.every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            runDue();
        } catch (RuntimeException e) {
            LOG.warnf("Delivery run failed, next tick retries: %s", e.toString());
        }
    }

    /** Sends what is due now. @return how many deliveries were attempted */
    public int runDue() {
        Instant now = clock.instant();
        int attempted = 0;
        for (String id : deliveries.due(now, batch)) {
            Optional<Delivery> claimed = deliveries.claim(id, now, now.plus(LEASE));
            if (claimed.isPresent()) {
                attempt(claimed.get());
                attempted++;
            }
        }
        return attempted;
    }

    private void attempt(Delivery d) {
        Delivery.Attempt a = new Delivery.Attempt();
        a.at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long started = System.nanoTime();
        boolean permanent = false;
        try {
            if (Delivery.EMAIL.equals(d.kind)) {
                mailer.send(Mail.withText(d.target, d.subject, d.body));
            } else {
                Optional<Webhook> webhook = webhooks.find(d.webhookId);
                UrlGuard.Checked checked = webhook.isEmpty() ? UrlGuard.Checked.deleted()
                        : guard.check(webhook.get().url);
                if (checked.target().isEmpty()) {
                    a.error = webhook.isEmpty() ? "webhook was deleted" : "URL " + checked.refusal().orElseThrow();
                    permanent = true;
                } else {
                    a.statusCode = post(d, webhook.get(), checked.target().get());
                    if (a.statusCode < 200 || a.statusCode >= 300) {
                        a.error = "HTTP " + a.statusCode;
                    }
                }
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            a.error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        a.durationMillis = (System.nanoTime() - started) / 1_000_000;
        if (a.error == null) {
            deliveries.delivered(d, a);
            return;
        }
        Instant next = permanent ? null : backoff.next(d.retryWindowStart(), d.attempts + 1, clock.instant());
        if (next != null) {
            deliveries.retryAt(d, a, next);
            LOG.debugf("Delivery %s failed (%s), retry at %s", d.id, a.error, next);
        } else {
            deadLetters.delivery(d.id, a.error, summary(d, a));
            deliveries.parked(d, a);
            LOG.warnf("Delivery %s parked after %d attempts: %s", d.id, d.attempts + 1, a.error);
        }
    }

    private int post(Delivery d, Webhook w, UrlGuard.Target target) throws Exception {
        Instant now = clock.instant();
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", "Innomatch-Webhooks/1");
        headers.put("webhook-id", d.id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.signatures(w, d.id, timestamp, d.body, now));
        return sender.post(target, headers, d.body.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        sender.close();
    }

    private byte[] summary(Delivery d, Delivery.Attempt last) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("deliveryId", d.id);
        s.put("kind", d.kind);
        s.put("notificationId", d.notificationId);
        s.put("notificationType", d.notificationType);
        s.put("webhookId", d.webhookId);
        s.put("attempts", d.attempts + 1);
        s.put("createdAt", d.createdAt.toString());
        s.put("lastError", last.error);
        // E-mail addresses and bodies stay out of the topic: personal data is erased from Mongo, not from Kafka.
        if (Delivery.WEBHOOK.equals(d.kind)) {
            s.put("url", d.target);
            s.put("body", d.body);
        }
        try {
            return json.writeValueAsBytes(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
