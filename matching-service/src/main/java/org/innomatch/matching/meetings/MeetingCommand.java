package org.innomatch.matching.meetings;

import java.time.Instant;

/** What someone asks of an existing meeting; {@link MeetingRules} decides whether and how it changes it. */
public sealed interface MeetingCommand {

    /** The side that answers accepts: the invitee a request, the requester a counter-proposal. */
    record Accept(String actor) implements MeetingCommand {
    }

    /** The side that answers declines. */
    record Decline(String actor, String reason) implements MeetingCommand {
    }

    /** The invitee proposes another slot; the request then waits for the requester until it expires. */
    record Propose(String actor, Instant slot, Instant eventStartsAt, Instant eventEndsAt) implements MeetingCommand {
    }

    /** Either side withdraws a request or an agreed meeting. */
    record Cancel(String actor, String reason) implements MeetingCommand {
    }

    /** A side rates the meeting once its slot has ended. */
    record Rate(String actor, Outcome outcome) implements MeetingCommand {
    }

    /**
     * A side ({@code actor}; null for the organiser) reports that {@code absent} did not come; {@code absentCheckedIn}
     * is when that side was checked in at the venue, null if it was not.
     */
    record NoShow(String actor, String absent, Instant absentCheckedIn) implements MeetingCommand {
    }

    /** An admin pins a scheduled meeting to its slot and table, or frees it. */
    record SetLocked(boolean locked) implements MeetingCommand {
    }

    /** Nobody answered in time. */
    record Expire() implements MeetingCommand {
    }

    /** The scheduler puts an agreed meeting at a slot and table ({@code table} null: a room or online meeting). */
    record Place(int slotIndex, Instant slotStart, Instant slotEnd, Integer table) implements MeetingCommand {
    }

    /** The scheduler takes an agreed meeting out of the schedule (no room for it this run). */
    record Unplace() implements MeetingCommand {
    }
}
