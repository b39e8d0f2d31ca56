package org.innomatch.notification.messages;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.messages.MessagePosted;
import org.innomatch.notification.dispatch.Draft;
import org.innomatch.notification.dispatch.Notifier;
import org.innomatch.notification.inbox.NotificationTexts;
import org.innomatch.notification.preferences.NotificationTypes;
import org.innomatch.notification.recipients.Recipients;
import org.jboss.logging.Logger;

/**
 * A {@code MessagePosted} (read from {@code innomatch.matches} by the matches consumer) notifies its recipient, and
 * no-one else, as {@code MESSAGE_RECEIVED}; the notification names the sender as its other profile, so erasing the
 * sender erases it. Deduplicated by the event id like every notification.
 */
@ApplicationScoped
public class MessageNotifications {

    private static final Logger LOG = Logger.getLogger(MessageNotifications.class);

    private final Notifier notifier;
    private final Recipients recipients;

    public MessageNotifications(Notifier notifier, Recipients recipients) {
        this.notifier = notifier;
        this.recipients = recipients;
    }

    public void apply(EventEnvelope<?> event, MessagePosted message) {
        if (recipients.find(message.recipientProfileId()).isEmpty()
                || recipients.find(message.senderProfileId()).isEmpty()) {
            // A side was erased (the message may arrive after its ProfileDeleted): nothing is stored about it.
            LOG.debugf("Message %s names an unknown or erased profile; no notification", message.messageId());
            return;
        }
        String senderName = recipients.name(message.senderProfileId());
        notifier.notify(new Draft(event.id().toString(), message.recipientProfileId(),
                NotificationTypes.MESSAGE_RECEIVED, message.threadId().toString(), message.senderProfileId(),
                language -> NotificationTexts.messageReceived(language, senderName, message.preview())));
    }
}
