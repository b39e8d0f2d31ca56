package org.innomatch.matching.meetings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.innomatch.problems.FieldError;

/**
 * The lifecycle of a meeting: which command is allowed to whom in which state, and what state follows. It reads
 * nothing but its arguments ("now" included), so every rule is checked in plain unit tests.
 *
 * <pre>
 * PENDING  → ACCEPTED | DECLINED | PROPOSED   (the invitee answers)
 * PROPOSED → ACCEPTED | DECLINED              (the requester answers the counter-proposal)
 * PENDING, PROPOSED → EXPIRED                 (unanswered when expiresAt is reached)
 * PENDING, PROPOSED, ACCEPTED, SCHEDULED → CANCELLED (either side)
 * ACCEPTED ⇄ SCHEDULED                        (the scheduler places or takes out; SCHEDULED can be locked)
 * SCHEDULED: each side rates it once its slot has ended
 * SCHEDULED → NO_SHOW                          (a side or the organiser, noShowAfter into the slot, for a side
 *                                               not checked in; the table is free again)
 * </pre>
 */
public final class MeetingRules {

    private final Duration pendingTtl;
    private final Duration noShowAfter;

    public MeetingRules(Duration pendingTtl) {
        this(pendingTtl, Duration.ofMinutes(10));
    }

    public MeetingRules(Duration pendingTtl, Duration noShowAfter) {
        this.pendingTtl = pendingTtl;
        this.noShowAfter = noShowAfter;
    }

    /** Why a new request may not be made, if it may not. */
    public Optional<RuleViolation> refuseRequest(UUID eventId, UUID requester, UUID invitee, Instant eventEndsAt,
                                                 Instant now) {
        if (requester.equals(invitee)) {
            return Optional.of(new RuleViolation(RuleViolation.Kind.BAD_REQUEST,
                    "A participant cannot request a meeting with themselves",
                    List.of(FieldError.of("inviteeProfileId", "must differ from requesterProfileId", invitee))));
        }
        if (eventEndsAt != null && !now.isBefore(eventEndsAt)) {
            return Optional.of(RuleViolation.conflict("Event " + eventId + " has ended"));
        }
        return Optional.empty();
    }

    /**
     * When an unanswered request or counter-proposal expires: after the pending time-to-live, and at the latest
     * when the event starts (once it has started, when it ends).
     */
    public Instant expiryOf(Instant now, Instant eventStartsAt, Instant eventEndsAt) {
        Instant byTtl = now.plus(pendingTtl);
        Instant bound = eventStartsAt != null && now.isBefore(eventStartsAt) ? eventStartsAt : eventEndsAt;
        return bound != null && bound.isBefore(byTtl) ? bound : byTtl;
    }

    public Decision decide(MeetingState meeting, MeetingCommand command, Instant now) {
        if (command instanceof MeetingCommand.Accept accept) {
            return accept(meeting, accept.actor(), now);
        }
        if (command instanceof MeetingCommand.Decline decline) {
            return answer(meeting, decline.actor(), "decline")
                    .map(MeetingRules::refusal)
                    .orElseGet(() -> end(meeting, MeetingStatus.DECLINED, decline.actor(), decline.reason()));
        }
        if (command instanceof MeetingCommand.Propose propose) {
            return propose(meeting, propose, now);
        }
        if (command instanceof MeetingCommand.Cancel cancel) {
            return cancel(meeting, cancel);
        }
        if (command instanceof MeetingCommand.Rate rate) {
            return rate(meeting, rate, now);
        }
        if (command instanceof MeetingCommand.NoShow noShow) {
            return noShow(meeting, noShow, now);
        }
        if (command instanceof MeetingCommand.SetLocked lock) {
            return setLocked(meeting, lock.locked());
        }
        if (command instanceof MeetingCommand.Expire) {
            return isDue(meeting, now) ? end(meeting, MeetingStatus.EXPIRED, null, null) : new Decision.Unchanged();
        }
        if (command instanceof MeetingCommand.Place place) {
            return requireAgreed(meeting, "scheduled").map(MeetingRules::refusal).orElseGet(() -> new Decision.Changed(
                    meeting.next().status(MeetingStatus.SCHEDULED).actor(null)
                            .place(place.slotIndex(), place.slotStart(), place.slotEnd(), place.table()).build()));
        }
        if (command instanceof MeetingCommand.Unplace) {
            return requireAgreed(meeting, "taken out of the schedule").map(MeetingRules::refusal)
                    .orElseGet(() -> new Decision.Changed(meeting.next().status(MeetingStatus.ACCEPTED).actor(null)
                            .place(null, null, null, null).locked(false).build()));
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    /** Whether an unanswered meeting has reached its expiry. */
    public boolean isDue(MeetingState meeting, Instant now) {
        return meeting.status().isOpen() && meeting.expiresAt() != null && !meeting.expiresAt().isAfter(now);
    }

    /** The invitee answers a request; the requester answers the invitee's counter-proposal. */
    static String answeringParty(MeetingState meeting) {
        return meeting.status() == MeetingStatus.PROPOSED ? meeting.requesterProfileId() : meeting.inviteeProfileId();
    }

    private Decision accept(MeetingState meeting, String actor, Instant now) {
        Optional<RuleViolation> refusal = answer(meeting, actor, "accept");
        if (refusal.isPresent()) {
            return new Decision.Refused(refusal.get());
        }
        // An accepted counter-proposal becomes the slot the scheduler tries first.
        List<Instant> preferred = meeting.status() == MeetingStatus.PROPOSED && meeting.proposedSlot() != null
                ? List.of(meeting.proposedSlot()) : meeting.preferredSlots();
        return new Decision.Changed(meeting.next().status(MeetingStatus.ACCEPTED).acceptedAt(now).actor(actor)
                .reason(null).expiresAt(null).preferredSlots(preferred).build());
    }

    private Decision propose(MeetingState meeting, MeetingCommand.Propose propose, Instant now) {
        Optional<RuleViolation> refusal = waitingForAnswer(meeting);
        if (refusal.isEmpty() && meeting.status() != MeetingStatus.PENDING) {
            refusal = Optional.of(RuleViolation.conflict("Meeting " + meeting.id() + " is " + meeting.status()
                    + "; only a PENDING request can get a counter-proposal"));
        }
        if (refusal.isEmpty()) {
            refusal = actorMustBe(propose.actor(), meeting.inviteeProfileId(), "propose another slot for");
        }
        if (refusal.isPresent()) {
            return new Decision.Refused(refusal.get());
        }
        return new Decision.Changed(meeting.next().status(MeetingStatus.PROPOSED).proposedSlot(propose.slot())
                .actor(propose.actor())
                .expiresAt(expiryOf(now, propose.eventStartsAt(), propose.eventEndsAt())).build());
    }

    private Decision cancel(MeetingState meeting, MeetingCommand.Cancel cancel) {
        MeetingStatus status = meeting.status();
        if (!status.isOpen() && !status.isAgreed()) {
            return refusal(RuleViolation.conflict("Meeting " + meeting.id() + " is " + status
                    + " and cannot be cancelled"));
        }
        if (!meeting.involves(cancel.actor())) {
            return refusal(neitherSide(meeting, cancel.actor()));
        }
        return end(meeting, MeetingStatus.CANCELLED, cancel.actor(), cancel.reason());
    }

    private Decision rate(MeetingState meeting, MeetingCommand.Rate rate, Instant now) {
        if (!meeting.involves(rate.actor())) {
            return refusal(neitherSide(meeting, rate.actor()));
        }
        if (meeting.status() != MeetingStatus.SCHEDULED || meeting.slotEnd() == null) {
            return refusal(RuleViolation.conflict("Meeting " + meeting.id() + " is " + meeting.status()
                    + "; only a scheduled meeting can be rated"));
        }
        if (now.isBefore(meeting.slotEnd())) {
            return refusal(RuleViolation.conflict("Meeting " + meeting.id() + " ends at " + meeting.slotEnd()
                    + "; rate it afterwards"));
        }
        MeetingState.Next next = meeting.next().actor(rate.actor());
        if (rate.actor().equals(meeting.requesterProfileId())) {
            next.requesterOutcome(rate.outcome());
        } else {
            next.inviteeOutcome(rate.outcome());
        }
        return new Decision.Changed(next.build());
    }

    private Decision noShow(MeetingState meeting, MeetingCommand.NoShow noShow, Instant now) {
        if (noShow.actor() != null && !meeting.involves(noShow.actor())) {
            return refusal(neitherSide(meeting, noShow.actor()));
        }
        if (noShow.absent() == null || !meeting.involves(noShow.absent())) {
            return refusal(new RuleViolation(RuleViolation.Kind.BAD_REQUEST,
                    "absentProfileId must be a side of meeting " + meeting.id(),
                    List.of(FieldError.of("absentProfileId", "is neither side of the meeting", noShow.absent()))));
        }
        if (noShow.absent().equals(noShow.actor())) {
            return refusal(new RuleViolation(RuleViolation.Kind.BAD_REQUEST, "A side cannot report itself absent",
                    List.of(FieldError.of("absentProfileId", "must be the other side, not actorProfileId",
                            noShow.absent()))));
        }
        if (meeting.status() != MeetingStatus.SCHEDULED || meeting.slotStart() == null) {
            return refusal(RuleViolation.conflict("Meeting " + meeting.id() + " is " + meeting.status()
                    + "; only a scheduled (placed) meeting can be marked no-show"));
        }
        Instant from = meeting.slotStart().plus(noShowAfter);
        if (now.isBefore(from)) {
            return refusal(RuleViolation.conflict("Meeting " + meeting.id() + " starts at " + meeting.slotStart()
                    + "; a no-show can be reported from " + from + " (innomatch.meetings.no-show-after="
                    + noShowAfter + ")"));
        }
        if (noShow.absentCheckedIn() != null) {
            return refusal(RuleViolation.conflict("absentProfileId " + noShow.absent() + " checked in at the venue at "
                    + noShow.absentCheckedIn() + "; only a side that has not checked in can be marked no-show"));
        }
        return new Decision.Changed(meeting.next().status(MeetingStatus.NO_SHOW).actor(noShow.actor())
                .absent(noShow.absent()).reason(null).locked(false).build());
    }

    private static Decision setLocked(MeetingState meeting, boolean locked) {
        if (locked && meeting.status() != MeetingStatus.SCHEDULED) {
            return refusal(RuleViolation.conflict("Meeting " + meeting.id() + " is " + meeting.status()
                    + "; only a SCHEDULED meeting can be locked"));
        }
        if (meeting.locked() == locked) {
            return new Decision.Unchanged();
        }
        return new Decision.Changed(meeting.next().locked(locked).build());
    }

    /** Declined, cancelled or expired: off the schedule and no longer pinned. */
    private static Decision end(MeetingState meeting, MeetingStatus to, String actor, String reason) {
        return new Decision.Changed(meeting.next().status(to).actor(actor).reason(reason).locked(false).build());
    }

    /** Accept and decline: the meeting must still wait for an answer, and only the answering side gives it. */
    private static Optional<RuleViolation> answer(MeetingState meeting, String actor, String action) {
        return waitingForAnswer(meeting).or(() -> actorMustBe(actor, answeringParty(meeting), action));
    }

    private static Optional<RuleViolation> waitingForAnswer(MeetingState meeting) {
        return meeting.status().isOpen() ? Optional.empty() : Optional.of(RuleViolation.conflict("Meeting "
                + meeting.id() + " is " + meeting.status() + " and no longer waits for an answer"));
    }

    private static Optional<RuleViolation> actorMustBe(String actor, String expected, String action) {
        return expected.equals(actor) ? Optional.empty() : Optional.of(RuleViolation.notTheActor("actorProfileId "
                + actor + " cannot " + action + " this meeting; only " + expected + " can"));
    }

    private static Optional<RuleViolation> requireAgreed(MeetingState meeting, String what) {
        return meeting.status().isAgreed() ? Optional.empty() : Optional.of(RuleViolation.conflict("Meeting "
                + meeting.id() + " is " + meeting.status() + "; only an agreed meeting can be " + what));
    }

    private static RuleViolation neitherSide(MeetingState meeting, String actor) {
        return RuleViolation.notTheActor("actorProfileId " + actor + " is neither side of meeting " + meeting.id());
    }

    private static Decision refusal(RuleViolation violation) {
        return new Decision.Refused(violation);
    }
}
