package org.innomatch.events.matchmaking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The full current state of a matchmaking event (a partnering day where participants meet at tables in
 * fixed slots), published on every change to {@code innomatch.events} (key = event id).
 *
 * @param timezone    IANA zone id of the venue, e.g. {@code Asia/Shanghai}; agendas are shown in it
 * @param startsAt    local start at the venue, with its offset
 * @param endsAt      local end at the venue, with its offset
 * @param slotMinutes length of one meeting slot
 * @param tables      number of meeting tables
 * @param status      e.g. {@code DRAFT}, {@code OPEN}, {@code CLOSED}
 * @param version     increases with every change; consumers drop a state older than the one they hold
 */
public record EventUpserted(
        UUID id,
        String name,
        String city,
        String timezone,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        int slotMinutes,
        int tables,
        String status,
        long version,
        Instant updatedAt) {

    public EventUpserted {
        Objects.requireNonNull(id, "id");
    }
}
