package org.innomatch.matching.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the lifecycle rules read and decide about a meeting: its sides, status, who acted last and why, the times
 * that bound it, its place in the schedule and its ratings. Storage fields (revision, quota documents, published)
 * are not part of it: {@link MeetingService} keeps those.
 */
public record MeetingState(
        String id,
        String requesterProfileId,
        String inviteeProfileId,
        MeetingStatus status,
        String actorProfileId,
        String reason,
        List<Instant> preferredSlots,
        Instant proposedSlot,
        Instant expiresAt,
        Instant acceptedAt,
        Integer slotIndex,
        Instant slotStart,
        Instant slotEnd,
        Integer table,
        boolean locked,
        Outcome requesterOutcome,
        Outcome inviteeOutcome,
        String absentProfileId) {

    public MeetingState {
        preferredSlots = preferredSlots == null ? null : List.copyOf(preferredSlots);
    }

    public static MeetingState of(Meeting m) {
        return new MeetingState(m.id, m.requesterProfileId, m.inviteeProfileId, m.state(), m.actorProfileId, m.reason,
                m.preferredSlots, m.proposedSlot, m.expiresAt, m.acceptedAt, m.slotIndex, m.slotStart, m.slotEnd,
                m.table, m.locked, outcome(m.requesterOutcome), outcome(m.inviteeOutcome), m.absentProfileId);
    }

    /** Writes this state into the entity (not yet stored). */
    void applyTo(Meeting m) {
        m.status = status.name();
        m.actorProfileId = actorProfileId;
        m.reason = reason;
        m.preferredSlots = preferredSlots == null ? null : new ArrayList<>(preferredSlots);
        m.proposedSlot = proposedSlot;
        m.expiresAt = expiresAt;
        m.acceptedAt = acceptedAt;
        m.slotIndex = slotIndex;
        m.slotStart = slotStart;
        m.slotEnd = slotEnd;
        m.table = table;
        m.locked = locked;
        m.requesterOutcome = requesterOutcome == null ? null : requesterOutcome.name();
        m.inviteeOutcome = inviteeOutcome == null ? null : inviteeOutcome.name();
        m.absentProfileId = absentProfileId;
    }

    public boolean involves(String profileId) {
        return profileId.equals(requesterProfileId) || profileId.equals(inviteeProfileId);
    }

    Next next() {
        return new Next(this);
    }

    private static Outcome outcome(String name) {
        return name == null ? null : Outcome.valueOf(name);
    }

    /** A copy with some fields changed, for the rules to say what follows. */
    static final class Next {
        private final MeetingState from;
        private MeetingStatus status;
        private String actor;
        private String reason;
        private List<Instant> preferredSlots;
        private Instant proposedSlot;
        private Instant expiresAt;
        private Instant acceptedAt;
        private Integer slotIndex;
        private Instant slotStart;
        private Instant slotEnd;
        private Integer table;
        private boolean locked;
        private Outcome requesterOutcome;
        private Outcome inviteeOutcome;
        private String absent;

        private Next(MeetingState from) {
            this.from = from;
            status = from.status;
            actor = from.actorProfileId;
            reason = from.reason;
            preferredSlots = from.preferredSlots;
            proposedSlot = from.proposedSlot;
            expiresAt = from.expiresAt;
            acceptedAt = from.acceptedAt;
            slotIndex = from.slotIndex;
            slotStart = from.slotStart;
            slotEnd = from.slotEnd;
            table = from.table;
            locked = from.locked;
            requesterOutcome = from.requesterOutcome;
            inviteeOutcome = from.inviteeOutcome;
            absent = from.absentProfileId;
        }

        Next status(MeetingStatus value) {
            status = value;
            return this;
        }

        Next actor(String value) {
            actor = value;
            return this;
        }

        Next reason(String value) {
            reason = value;
            return this;
        }

        Next preferredSlots(List<Instant> value) {
            preferredSlots = value;
            return this;
        }

        Next proposedSlot(Instant value) {
            proposedSlot = value;
            return this;
        }

        Next expiresAt(Instant value) {
            expiresAt = value;
            return this;
        }

        Next acceptedAt(Instant value) {
            acceptedAt = value;
            return this;
        }

        Next place(Integer index, Instant start, Instant end, Integer atTable) {
            slotIndex = index;
            slotStart = start;
            slotEnd = end;
            table = atTable;
            return this;
        }

        Next locked(boolean value) {
            locked = value;
            return this;
        }

        Next requesterOutcome(Outcome value) {
            requesterOutcome = value;
            return this;
        }

        Next inviteeOutcome(Outcome value) {
            inviteeOutcome = value;
            return this;
        }

        Next absent(String value) {
            absent = value;
            return this;
        }

        MeetingState build() {
            return new MeetingState(from.id, from.requesterProfileId, from.inviteeProfileId, status, actor, reason,
                    preferredSlots, proposedSlot, expiresAt, acceptedAt, slotIndex, slotStart, slotEnd, table, locked,
                    requesterOutcome, inviteeOutcome, absent);
        }
    }
}
