package org.innomatch.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.notification.inbox.NotificationTexts;
import org.innomatch.notification.recipients.Recipient;
import org.innomatch.notification.recipients.Recipients;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

/**
 * The daily digest: every e-mail waiting for it (recipients who chose DAILY_DIGEST, and notifications beyond a
 * recipient's daily cap) is batched into one message per recipient. At-least-once: a crash between sending and
 * marking sends that digest again on the next run.
 */
@ApplicationScoped
public class DigestJob {

    private static final Logger LOG = Logger.getLogger(DigestJob.class);
    private static final int MAX_PER_RUN = 10_000;

    private final Deliveries deliveries;
    private final Recipients recipients;
    private final Mailer mailer;

    public DigestJob(Deliveries deliveries, Recipients recipients, Mailer mailer) {
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.mailer = mailer;
    }

    @Scheduled(cron = "${innomatch.digest.cron:0 0 7 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        sendDigests();
    }

    /** @return how many digests were sent */
    public int sendDigests() {
        Map<String, List<Delivery>> byRecipient = new LinkedHashMap<>();
        for (Delivery d : deliveries.waitingForDigest(MAX_PER_RUN)) {
            byRecipient.computeIfAbsent(d.recipientProfileId, k -> new ArrayList<>()).add(d);
        }
        int sent = 0;
        for (Map.Entry<String, List<Delivery>> e : byRecipient.entrySet()) {
            List<Delivery> items = e.getValue();
            String language = recipients.find(UUID.fromString(e.getKey()))
                    .map((Recipient r) -> NotificationTexts.languageFor(r.languages)).orElse(NotificationTexts.FALLBACK);
            String subject = "zh".equals(language) ? "您今天的 Innomatch 通知（" + items.size() + "）"
                    : "Your Innomatch notifications today (" + items.size() + ")";
            StringBuilder body = new StringBuilder();
            for (Delivery d : items) {
                body.append("• ").append(d.subject).append('\n').append("  ").append(d.body).append("\n\n");
            }
            try {
                mailer.send(Mail.withText(items.get(0).target, subject, body.toString()));
                deliveries.digested(items.stream().map(d -> d.id).toList(), Instant.now());
                sent++;
            } catch (RuntimeException ex) {
                LOG.warnf("Digest for %s failed, next run retries: %s", e.getKey(), ex.toString());
            }
        }
        return sent;
    }
}
