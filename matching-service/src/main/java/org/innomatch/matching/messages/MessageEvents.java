package org.innomatch.matching.messages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.messages.MessagePosted;
import org.innomatch.matching.publishing.EventPublisher;
import org.innomatch.matching.publishing.PendingEvents;
import org.innomatch.matching.publishing.RepublishSchedule;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/** The {@code MessagePosted} of a message, pending while {@code published=false}; its id follows from the message's. */
@ApplicationScoped
public class MessageEvents implements PendingEvents<Message> {

    private final RepublishSchedule schedule;

    public MessageEvents(RepublishSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public String kind() {
        return "MessagePosted";
    }

    @Override
    public RepublishSchedule schedule() {
        return schedule;
    }

    @Override
    public List<Message> unpublishedBefore(Instant olderThan) {
        return Message.<Message>mongoCollection()
                .find(Filters.and(Filters.eq("published", false), Filters.lt("postedAt", olderThan)))
                .sort(Sorts.ascending("postedAt")).limit(1000)
                .into(new ArrayList<>());
    }

    @Override
    public List<EventEnvelope<?>> eventsOf(List<Message> changes) {
        return changes.stream().<EventEnvelope<?>>map(MessageEvents::eventOf).toList();
    }

    @Override
    public void markPublished(Message message) {
        Message.mongoCollection().updateOne(Filters.eq("_id", message.id), Updates.set("published", true));
        message.published = true;
    }

    static UUID eventIdOf(String messageId) {
        return UUID.nameUUIDFromBytes(("MessagePosted|" + messageId).getBytes(StandardCharsets.UTF_8));
    }

    static EventEnvelope<MessagePosted> eventOf(Message m) {
        MessagePosted data = new MessagePosted(UUID.fromString(m.id), UUID.fromString(m.threadId),
                UUID.fromString(m.senderProfileId), UUID.fromString(m.recipientProfileId),
                MessagePosted.previewOf(m.text), m.postedAt);
        return new EventEnvelope<>(eventIdOf(m.id), EventType.MESSAGE_POSTED, EventPublisher.SOURCE, m.postedAt,
                m.threadId, data);
    }
}
