package org.innomatch.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * recipient's daily cap) is batched into one message per recipient, sent at the recipient's digest time in their
 * own time zone. Each e-mail carries that time as its next attempt (set when it was queued); the job looks for
 * due ones every few minutes. Several instances may run it: a recipient's e-mails are claimed under a lease
 * before they are sent. At-least-once: a crash between sending and marking sends that digest again when the
 * lease ends.
 */
@ApplicationScoped
public class DigestJob {

    private static final Logger LOG = Logger.getLogger(DigestJob.class);
    private static final int MAX_PER_RUN = 10_000;
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final Deliveries deliveries;
    private final Recipients recipients;
    private final Mailer mailer;
    private final Clock clock;

    public DigestJob(Deliveries deliveries, Recipients recipients, Mailer mailer, Clock clock) {
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(cron = "${innomatch.digest.cron:0 */5 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        sendDigests(clock.instant());
    }

    /** Sends every digest due at {@code now}. @return how many were sent */
    public int sendDigests(Instant now) {
        int sent = 0;
        for (String recipient : deliveries.recipientsWithDigestDue(now, MAX_PER_RUN)) {
            List<Delivery> items = deliveries.claimDigest(recipient, now, now.plus(LEASE));
            if (items.isEmpty()) {
                continue;
            }
            String language = recipients.find(UUID.fromString(recipient))
                    .map((Recipient r) -> NotificationTexts.languageFor(r.languages)).orElse(NotificationTexts.FALLBACK);
            int count = items.size();
            String subject = "zh".equals(language) ? "您的 Innomatch 通知摘要（" + count + " 条）"
                    : "Your Innomatch digest: " + count + (count == 1 ? " notification" : " notifications");
            StringBuilder body = new StringBuilder();
            for (Delivery d : items) {
                body.append("• ").append(d.subject).append('\n').append("  ").append(d.body).append("\n\n");
            }
            try {
                mailer.send(Mail.withText(items.get(items.size() - 1).target, subject, body.toString()));
                deliveries.digested(items.stream().map(d -> d.id).toList(), clock.instant());
                sent++;
            } catch (RuntimeException ex) {
                LOG.warnf("Digest for %s failed; tried again in %s: %s", recipient, LEASE, ex.toString());
            }
        }
        return sent;
    }
}
