package org.innomatch.notification.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.innomatch.notification.delivery.Deliveries;
import org.innomatch.notification.delivery.Delivery;
import org.innomatch.notification.inbox.NotificationView;
import org.innomatch.notification.preferences.NotificationTypes;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.KeysetCursor;
import org.innomatch.problems.OpaqueCursor;
import org.innomatch.problems.Page;
import org.innomatch.problems.ProblemException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

/** Registering, listing and removing webhooks; which webhooks a notification goes to. */
@ApplicationScoped
public class Webhooks {

    private final UrlGuard guard;
    private final Deliveries deliveries;
    private final Clock clock;
    private final ObjectMapper json;
    private final Duration secretOverlap;

    public Webhooks(UrlGuard guard, Deliveries deliveries, Clock clock, ObjectMapper json,
            @ConfigProperty(name = "innomatch.webhooks.secret-overlap", defaultValue = "24h") Duration secretOverlap) {
        this.guard = guard;
        this.deliveries = deliveries;
        this.clock = clock;
        this.json = json;
        this.secretOverlap = secretOverlap;
    }

    public WebhookView create(WebhookRequest request, String ownerPartnerId) {
        if (request == null) {
            throw ProblemException.badRequest("Missing body", FieldError.of("url", "must not be blank", null));
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.url() == null || request.url().isBlank()) {
            errors.add(FieldError.of("url", "must not be blank", request.url()));
        } else {
            guard.reject(request.url()).ifPresent(why -> errors.add(FieldError.of("url", why, request.url())));
        }
        List<String> types = request.eventTypes() == null ? List.of() : request.eventTypes();
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i);
            if (type == null || !NotificationTypes.ALL.contains(type)) {
                errors.add(FieldError.of("eventTypes[" + i + "]", "must be one of " + NotificationTypes.ALL, type));
            }
        }
        if (request.secret() != null && !WebhookSignature.isValidSecret(request.secret())) {
            errors.add(FieldError.of("secret", "must be whsec_ followed by a base64 key of 24 to 64 bytes"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Webhook w = new Webhook();
        w.id = UUID.randomUUID().toString();
        w.url = request.url();
        w.eventTypes = List.copyOf(types.stream().distinct().toList());
        w.secret = request.secret() != null ? request.secret() : WebhookSignature.newSecret();
        w.ownerPartnerId = ownerPartnerId;
        w.createdAt = now();
        w.persist();
        return WebhookView.of(w, true, w.createdAt);
    }

    /** The partner's webhooks, oldest first; all of them for {@code null} (an admin). */
    public Page<WebhookView> list(String ownerPartnerId, String cursor, int limit) {
        KeysetCursor after = KeysetCursor.decodeOrNull(cursor);
        List<Bson> conditions = new ArrayList<>();
        if (ownerPartnerId != null) {
            conditions.add(Filters.eq("ownerPartnerId", ownerPartnerId));
        }
        if (after != null) {
            conditions.add(Filters.or(Filters.gt("createdAt", after.position()), Filters.and(
                    Filters.eq("createdAt", after.position()), Filters.gt("_id", after.id().toString()))));
        }
        List<Webhook> found = Webhook.<Webhook>mongoCollection()
                .find(conditions.isEmpty() ? new Document() : Filters.and(conditions))
                .sort(Sorts.ascending("createdAt", "_id")).limit(limit + 1).into(new ArrayList<>());
        boolean more = found.size() > limit;
        List<Webhook> page = more ? found.subList(0, limit) : found;
        Instant now = clock.instant();
        Webhook last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Page<>(page.stream().map(w -> WebhookView.of(w, false, now)).toList(),
                more ? new KeysetCursor(last.createdAt, UUID.fromString(last.id)).encode() : null);
    }

    public WebhookView get(UUID id, String ownerPartnerId) {
        return WebhookView.of(owned(id, ownerPartnerId), false, clock.instant());
    }

    /**
     * A new signing secret; deliveries are signed with the old one too for {@code secret-overlap}, so a receiver
     * can switch whenever it is ready.
     */
    public WebhookView rotateSecret(UUID id, String ownerPartnerId, SecretRotation request) {
        String secret = request == null ? null : request.secret();
        if (secret != null && !WebhookSignature.isValidSecret(secret)) {
            throw ProblemException.invalid(List.of(
                    FieldError.of("secret", "must be whsec_ followed by a base64 key of 24 to 64 bytes")));
        }
        Webhook w = owned(id, ownerPartnerId);
        Instant now = now();
        w.previousSecret = w.secret;
        w.previousSecretUntil = now.plus(secretOverlap);
        w.secret = secret != null ? secret : WebhookSignature.newSecret();
        w.update();
        return WebhookView.of(w, true, now);
    }

    /**
     * Queues a sample notification of {@code type} (default MATCH_FOUND) to the webhook, signed and retried like
     * any delivery and shown in its log. Nobody is notified: the sample's recipient is the nil UUID and its
     * subject {@code test}.
     */
    public DeliveryView sendTest(UUID id, String ownerPartnerId, String type) {
        String sampleType = type == null || type.isBlank() ? NotificationTypes.MATCH_FOUND : type;
        if (!NotificationTypes.ALL.contains(sampleType)) {
            throw ProblemException.badRequest("Unknown notification type",
                    FieldError.of("type", "must be one of " + NotificationTypes.ALL, type));
        }
        Webhook w = owned(id, ownerPartnerId);
        Instant now = now();
        UUID notificationId = UUID.randomUUID();
        NotificationView sample = new NotificationView(notificationId, 0, new UUID(0, 0), sampleType, "test", null,
                "en", "Test notification", "Sent by POST /webhooks/" + w.id + "/test: what a " + sampleType
                        + " notification looks like. Nobody was notified.", false, false, now, null);
        Delivery d = new Delivery();
        d.id = "webhook/" + w.id + "/" + notificationId;
        d.kind = Delivery.WEBHOOK;
        d.status = Delivery.PENDING;
        d.notificationId = notificationId.toString();
        d.notificationType = sampleType;
        d.webhookId = w.id;
        d.target = w.url;
        d.body = WebhookPayload.of(sample, now).json(json);
        d.createdAt = now;
        d.nextAttemptAt = now;
        deliveries.enqueue(d);
        return DeliveryView.of(d);
    }

    /**
     * Sends a delivered or parked delivery again (same {@code webhook-id}, so a receiver that de-duplicates sees it
     * once), with a fresh retry window; 409 while it is still pending.
     */
    public DeliveryView resend(UUID id, String ownerPartnerId, UUID notificationId) {
        Webhook w = owned(id, ownerPartnerId);
        String deliveryId = "webhook/" + w.id + "/" + notificationId;
        return deliveries.resend(deliveryId, now()).map(DeliveryView::of).orElseThrow(() ->
                deliveries.find(deliveryId).isPresent()
                        ? ProblemException.conflict("The delivery is still pending: its retries are running")
                        : ProblemException.notFound("Delivery", notificationId));
    }

    /** The notification types webhooks can subscribe to. */
    public static List<WebhookEventType> eventTypes() {
        return NotificationTypes.DESCRIPTIONS.entrySet().stream()
                .map(e -> new WebhookEventType(e.getKey(), WebhookPayload.TYPE_PREFIX + e.getKey(), e.getValue()))
                .toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public void delete(UUID id, String ownerPartnerId) {
        owned(id, ownerPartnerId).delete();
    }

    public Page<DeliveryView> deliveries(UUID id, String ownerPartnerId, String cursor, int limit) {
        owned(id, ownerPartnerId);
        String before = cursor == null || cursor.isBlank() ? null : OpaqueCursor.decode(cursor);
        List<Delivery> found = deliveries.ofWebhook(id.toString(), before, limit + 1);
        boolean more = found.size() > limit;
        List<Delivery> items = more ? found.subList(0, limit) : found;
        String next = more ? OpaqueCursor.encode(items.get(items.size() - 1).sortKey) : null;
        return new Page<>(items.stream().map(DeliveryView::of).toList(), next);
    }

    /** Webhooks that want a notification of this type about a recipient created by {@code recipientPartnerId}. */
    public List<Webhook> subscribedTo(String type, String recipientPartnerId) {
        return Webhook.<Webhook>listAll().stream()
                .filter(w -> w.eventTypes == null || w.eventTypes.isEmpty() || w.eventTypes.contains(type))
                .filter(w -> w.ownerPartnerId == null || Objects.equals(w.ownerPartnerId, recipientPartnerId))
                .toList();
    }

    public Optional<Webhook> find(String id) {
        return Webhook.findByIdOptional(id);
    }

    private static Webhook owned(UUID id, String ownerPartnerId) {
        Webhook w = Webhook.findById(id.toString());
        if (w == null || (ownerPartnerId != null && !ownerPartnerId.equals(w.ownerPartnerId))) {
            throw ProblemException.notFound("Webhook", id);
        }
        return w;
    }
}
