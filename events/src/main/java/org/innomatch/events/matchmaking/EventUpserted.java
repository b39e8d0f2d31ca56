package org.innomatch.events.matchmaking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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
 * @param breaks      optional pauses (lunch, plenary sessions) during which no meeting is scheduled; {@code null}
 *                    or empty when there are none
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
        Instant updatedAt,
        List<Break> breaks) {

    public EventUpserted {
        Objects.requireNonNull(id, "id");
    }

    /** The shape before {@code breaks} was added: an event without breaks. */
    public EventUpserted(UUID id, String name, String city, String timezone, OffsetDateTime startsAt,
                         OffsetDateTime endsAt, int slotMinutes, int tables, String status, long version,
                         Instant updatedAt) {
        this(id, name, city, timezone, startsAt, endsAt, slotMinutes, tables, status, version, updatedAt, null);
    }

    /** A pause in the programme, at the venue's offset; slots overlapping it are not used for meetings. */
    public record Break(OffsetDateTime startsAt, OffsetDateTime endsAt, String label) {
    }
}
