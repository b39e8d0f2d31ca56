package org.innomatch.notification.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.innomatch.notification.delivery.Deliveries;
import org.innomatch.notification.delivery.Delivery;
import org.innomatch.notification.preferences.NotificationTypes;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

/** Registering, listing and removing webhooks; which webhooks a notification goes to. */
@ApplicationScoped
public class Webhooks {

    private final UrlGuard guard;
    private final Deliveries deliveries;
    private final Clock clock;

    public Webhooks(UrlGuard guard, Deliveries deliveries, Clock clock) {
        this.guard = guard;
        this.deliveries = deliveries;
        this.clock = clock;
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
        w.createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        w.persist();
        return WebhookView.of(w, true);
    }

    /** The partner's webhooks; all of them for {@code null} (an admin). */
    public List<WebhookView> list(String ownerPartnerId) {
        Document query = ownerPartnerId == null ? new Document() : new Document("ownerPartnerId", ownerPartnerId);
        return Webhook.<Webhook>find(query, new Document("createdAt", 1)).list().stream()
                .map(w -> WebhookView.of(w, false)).toList();
    }

    public WebhookView get(UUID id, String ownerPartnerId) {
        return WebhookView.of(owned(id, ownerPartnerId), false);
    }

    public void delete(UUID id, String ownerPartnerId) {
        owned(id, ownerPartnerId).delete();
    }

    public DeliveryPage deliveries(UUID id, String ownerPartnerId, String cursor, int limit) {
        owned(id, ownerPartnerId);
        String before = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                before = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("Invalid cursor",
                        FieldError.of("cursor", "is not a cursor returned by this API", cursor));
            }
        }
        List<Delivery> found = deliveries.ofWebhook(id.toString(), before, limit + 1);
        boolean more = found.size() > limit;
        List<Delivery> items = more ? found.subList(0, limit) : found;
        String next = more ? Base64.getUrlEncoder().withoutPadding()
                .encodeToString(items.get(items.size() - 1).sortKey.getBytes(StandardCharsets.UTF_8)) : null;
        return new DeliveryPage(items.stream().map(DeliveryView::of).toList(), next);
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
