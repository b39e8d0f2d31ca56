package org.innomatch.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.notification.delivery.Deliveries;
import org.innomatch.notification.delivery.Delivery;
import org.innomatch.notification.inbox.Inbox;
import org.innomatch.notification.inbox.Notification;
import org.innomatch.notification.inbox.NotificationTexts;
import org.innomatch.notification.inbox.NotificationView;
import org.innomatch.notification.preferences.NotificationPreferences;
import org.innomatch.notification.preferences.PreferencesView;
import org.innomatch.notification.recipients.Recipient;
import org.innomatch.notification.recipients.Recipients;
import org.innomatch.notification.stream.LiveNotifications;
import org.innomatch.notification.webhooks.Webhook;
import org.innomatch.notification.webhooks.WebhookPayload;
import org.innomatch.notification.webhooks.Webhooks;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a draft into a notification as the recipient's preferences say, and queues its e-mail and webhook
 * deliveries. Idempotent: the notification's id follows from (dedup key, recipient) and so do the deliveries'
 * ids, so handling an event again (a redelivery, or a retry after a crash between the steps) re-queues only
 * what is missing and notifies no-one twice.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class);

    private final Inbox inbox;
    private final Recipients recipients;
    private final NotificationPreferences preferences;
    private final LiveNotifications live;
    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final ObjectMapper json;
    private final Clock clock;

    public Notifier(Inbox inbox, Recipients recipients, NotificationPreferences preferences, LiveNotifications live,
            Webhooks webhooks, Deliveries deliveries, ObjectMapper json, Clock clock) {
        this.inbox = inbox;
        this.recipients = recipients;
        this.preferences = preferences;
        this.live = live;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    /** @return the notification, new or already there; empty when the recipient muted the type */
    public Optional<Notification> notify(Draft draft) {
        String to = draft.recipientProfileId().toString();
        Optional<Notification> existing = inbox.find(Inbox.idFor(draft.dedupKey(), to));
        Recipient recipient = recipients.find(draft.recipientProfileId()).orElse(null);
        PreferencesView prefs = preferences.of(draft.recipientProfileId(),
                recipient == null ? null : recipient.country);
        if (existing.isPresent()) {
            Notification n = existing.get();
            enqueueDeliveries(n, recipient, emailAt(n, prefs, n.createdAt));
            return existing;
        }
        if (prefs.mutedTypes().contains(draft.type())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean quiet = NotificationPreferences.isQuiet(prefs, now);
        boolean overCap = inbox.countSince(to, NotificationPreferences.startOfDay(prefs, now)) >= prefs.dailyCap();

        NotificationTexts.Text text = draft.text().apply(
                NotificationTexts.languageFor(recipient == null ? null : recipient.languages));
        Notification n = new Notification();
        n.eventId = draft.dedupKey();
        n.recipientProfileId = to;
        n.type = draft.type();
        n.subject = draft.subject();
        n.otherProfileId = draft.otherProfileId() == null ? null : draft.otherProfileId().toString();
        n.language = text.language();
        n.title = text.title();
        n.body = text.body();
        n.inbox = prefs.channels().inbox();
        n.silent = quiet || overCap;
        n.email = !prefs.channels().email() ? "NONE"
                : overCap || NotificationPreferences.DAILY_DIGEST.equals(prefs.emailMode()) ? "DIGEST" : "INSTANT";
        n.webhook = prefs.channels().webhook();
        Instant emailAt = emailAt(n, prefs, now);
        if (inbox.add(n)) {
            live.written(n);
        } else {
            n = inbox.find(n.id).orElseThrow();
        }
        enqueueDeliveries(n, recipient, emailAt);
        return Optional.of(n);
    }

    /**
     * When the notification's e-mail may go: one for the digest at the recipient's next digest time; an instant one
     * at once, or when quiet hours around {@code at} end.
     */
    private static Instant emailAt(Notification n, PreferencesView prefs, Instant at) {
        if ("DIGEST".equals(n.email)) {
            return NotificationPreferences.nextDigest(prefs, at);
        }
        return NotificationPreferences.quietEnd(prefs, at).orElse(at);
    }

    private void enqueueDeliveries(Notification n, Recipient recipient, Instant emailAt) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!"NONE".equals(n.email) && n.email != null && recipient != null && recipient.email != null
                && !recipient.email.isBlank()) {
            Delivery d = base("email/" + n.id, Delivery.EMAIL, n, now);
            d.status = "DIGEST".equals(n.email) ? Delivery.DIGEST : Delivery.PENDING;
            d.nextAttemptAt = emailAt;
            d.target = recipient.email;
            d.subject = n.title;
            d.body = n.body;
            deliveries.enqueue(d);
        }
        if (n.webhook) {
            for (Webhook w : webhooks.subscribedTo(n.type, recipient == null ? null : recipient.ownerPartnerId)) {
                Delivery d = base("webhook/" + w.id + "/" + n.id, Delivery.WEBHOOK, n, now);
                d.status = Delivery.PENDING;
                d.nextAttemptAt = now;
                d.webhookId = w.id;
                d.target = w.url;
                d.body = WebhookPayload.of(NotificationView.of(n), now).json(json);
                if (deliveries.enqueue(d)) {
                    LOG.debugf("Queued %s", d.id);
                }
            }
        }
    }

    private static Delivery base(String id, String kind, Notification n, Instant now) {
        Delivery d = new Delivery();
        d.id = id;
        d.kind = kind;
        d.notificationId = n.id;
        d.recipientProfileId = n.recipientProfileId;
        d.notificationType = n.type;
        d.createdAt = now;
        return d;
    }
}
