package org.innomatch.diagnostics.mongo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.diagnostics.PingStore;
import org.innomatch.events.diagnostics.Ping;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Pings in the service's MongoDB database, collection {@code received_pings}; the ping id is the document id. */
@ApplicationScoped
public class MongoPingStore implements PingStore {

    @Override
    public void keep(Ping ping, Instant receivedAt) {
        ReceivedPingDocument doc = new ReceivedPingDocument();
        doc.id = ping.id().toString();
        doc.origin = ping.origin();
        doc.note = ping.note();
        doc.sentAt = ping.sentAt();
        doc.receivedAt = receivedAt;
        try {
            doc.persist();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public List<HeardPing> latest(int limit) {
        List<ReceivedPingDocument> docs = ReceivedPingDocument.findAll(Sort.descending("receivedAt"))
                .page(Page.ofSize(limit)).list();
        return docs.stream()
                .map(d -> new HeardPing(new Ping(UUID.fromString(d.id), d.origin, d.note, d.sentAt), d.receivedAt))
                .toList();
    }
}
