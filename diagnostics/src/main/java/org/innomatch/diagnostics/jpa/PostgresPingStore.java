package org.innomatch.diagnostics.jpa;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.innomatch.diagnostics.PingStore;
import org.innomatch.events.diagnostics.Ping;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Pings in the service's PostgreSQL database, table {@code received_ping} (each service's migration V1). */
@ApplicationScoped
public class PostgresPingStore implements PingStore {

    @Override
    @Transactional
    public void keep(Ping ping, Instant receivedAt) {
        if (ReceivedPingRow.findById(ping.id()) != null) {
            return;
        }
        ReceivedPingRow row = new ReceivedPingRow();
        row.id = ping.id();
        row.origin = ping.origin();
        row.note = ping.note();
        row.sentAt = ping.sentAt();
        row.receivedAt = receivedAt;
        row.persist();
    }

    @Override
    @Transactional
    public List<HeardPing> latest(int limit) {
        List<ReceivedPingRow> rows = ReceivedPingRow.findAll(Sort.descending("receivedAt"))
                .page(Page.ofSize(limit)).list();
        return rows.stream().map(r -> new HeardPing(new Ping(r.id, r.origin, r.note, r.sentAt), r.receivedAt)).toList();
    }
}
