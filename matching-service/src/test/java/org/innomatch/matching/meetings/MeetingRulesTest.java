package org.innomatch.matching.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.innomatch.matching.meetings.RuleViolation.Kind;
import org.innomatch.problems.ProblemException;
import org.junit.jupiter.api.Test;

/** Every transition of the meeting lifecycle and every refusal, without storage: milliseconds. */
class MeetingRulesTest {

    private static final String REQUESTER = "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05";
    private static final String INVITEE = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11";
    private static final String STRANGER = "9a7c3e21-2b4d-4e6f-8a1b-3c5d7e9f0a12";
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant EVENT_START = Instant.parse("2026-12-03T01:00:00Z");
    private static final Instant EVENT_END = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant SLOT = Instant.parse("2026-12-03T02:40:00Z");
    private static final Instant OTHER_SLOT = Instant.parse("2026-12-03T06:00:00Z");

    private final MeetingRules rules = new MeetingRules(Duration.ofHours(72));

    // --- a new request

    @Test
    void aRequestToOneselfIsABadRequestNamingTheInvitee() {
        UUID same = UUID.fromString(REQUESTER);
        RuleViolation v = rules.refuseRequest(UUID.randomUUID(), same, same, EVENT_END, NOW).orElseThrow();
        assertEquals(Kind.BAD_REQUEST, v.kind());
        assertEquals("inviteeProfileId", v.errors().get(0).field());
        assertEquals(400, v.toProblem().status());
    }

    @Test
    void noRequestOnceTheEventHasEnded() {
        UUID event = UUID.randomUUID();
        RuleViolation v = rules.refuseRequest(event, UUID.fromString(REQUESTER), UUID.fromString(INVITEE), EVENT_END,
                EVENT_END).orElseThrow();
        assertEquals(Kind.CONFLICT, v.kind());
        assertEquals("Event " + event + " has ended", v.detail());
    }

    @Test
    void aRequestBeforeTheEndOrForAnEventWithoutEndIsAllowed() {
        UUID r = UUID.fromString(REQUESTER);
        UUID i = UUID.fromString(INVITEE);
        assertTrue(rules.refuseRequest(UUID.randomUUID(), r, i, EVENT_END, EVENT_END.minusMillis(1)).isEmpty());
        assertTrue(rules.refuseRequest(UUID.randomUUID(), r, i, null, NOW).isEmpty());
    }

    @Test
    void aRequestExpiresAfterItsTimeToLiveOrAtTheEventStartWhicheverComesFirst() {
        assertEquals(EVENT_START, rules.expiryOf(NOW, EVENT_START, EVENT_END));
        Instant early = EVENT_START.minus(Duration.ofDays(10));
        assertEquals(early.plus(Duration.ofHours(72)), rules.expiryOf(early, EVENT_START, EVENT_END));
        // Once the event has started, it bounds the request by its end.
        assertEquals(EVENT_END, rules.expiryOf(EVENT_START.plusSeconds(60), EVENT_START, EVENT_END));
        assertEquals(NOW.plus(Duration.ofHours(72)), rules.expiryOf(NOW, null, null));
    }

    // --- accept

    @Test
    void theInviteeAcceptsAPendingRequest() {
        MeetingState next = changed(rules.decide(pending(), new MeetingCommand.Accept(INVITEE), NOW));
        assertEquals(MeetingStatus.ACCEPTED, next.status());
        assertEquals(NOW, next.acceptedAt());
        assertEquals(INVITEE, next.actorProfileId());
        assertNull(next.expiresAt());
        assertNull(next.reason());
        assertEquals(List.of(SLOT), next.preferredSlots());
    }

    @Test
    void theRequesterAcceptsACounterProposalWhichBecomesThePreferredSlot() {
        MeetingState next = changed(rules.decide(proposed(), new MeetingCommand.Accept(REQUESTER), NOW));
        assertEquals(MeetingStatus.ACCEPTED, next.status());
        assertEquals(List.of(OTHER_SLOT), next.preferredSlots());
    }

    @Test
    void onlyTheAnsweringSideAccepts() {
        assertRefused(rules.decide(pending(), new MeetingCommand.Accept(REQUESTER), NOW), Kind.NOT_THE_ACTOR,
                "actorProfileId " + REQUESTER + " cannot accept this meeting; only " + INVITEE + " can");
        assertRefused(rules.decide(proposed(), new MeetingCommand.Accept(INVITEE), NOW), Kind.NOT_THE_ACTOR,
                "actorProfileId " + INVITEE + " cannot accept this meeting; only " + REQUESTER + " can");
        assertRefused(rules.decide(pending(), new MeetingCommand.Accept(STRANGER), NOW), Kind.NOT_THE_ACTOR, null);
    }

    @Test
    void nothingIsAnsweredOnceItNoLongerWaits() {
        for (MeetingStatus s : List.of(MeetingStatus.ACCEPTED, MeetingStatus.SCHEDULED, MeetingStatus.DECLINED,
                MeetingStatus.CANCELLED, MeetingStatus.EXPIRED)) {
            MeetingState m = in(s);
            String detail = "Meeting m1 is " + s + " and no longer waits for an answer";
            assertRefused(rules.decide(m, new MeetingCommand.Accept(INVITEE), NOW), Kind.CONFLICT, detail);
            assertRefused(rules.decide(m, new MeetingCommand.Decline(INVITEE, "no"), NOW), Kind.CONFLICT, detail);
            assertRefused(rules.decide(m, propose(INVITEE), NOW), Kind.CONFLICT, detail);
        }
    }

    // --- decline

    @Test
    void theAnsweringSideDeclinesWithAReason() {
        MeetingState declined = changed(rules.decide(pending(), new MeetingCommand.Decline(INVITEE, "busy"), NOW));
        assertEquals(MeetingStatus.DECLINED, declined.status());
        assertEquals("busy", declined.reason());
        assertEquals(INVITEE, declined.actorProfileId());
        MeetingState counter = changed(rules.decide(proposed(), new MeetingCommand.Decline(REQUESTER, null), NOW));
        assertEquals(MeetingStatus.DECLINED, counter.status());
    }

    @Test
    void onlyTheAnsweringSideDeclines() {
        assertRefused(rules.decide(pending(), new MeetingCommand.Decline(REQUESTER, null), NOW), Kind.NOT_THE_ACTOR,
                "actorProfileId " + REQUESTER + " cannot decline this meeting; only " + INVITEE + " can");
        assertRefused(rules.decide(proposed(), new MeetingCommand.Decline(INVITEE, null), NOW), Kind.NOT_THE_ACTOR,
                null);
    }

    // --- propose

    @Test
    void theInviteeProposesAnotherSlotWhichWaitsForTheRequesterUntilItExpires() {
        MeetingState next = changed(rules.decide(pending(), propose(INVITEE), NOW));
        assertEquals(MeetingStatus.PROPOSED, next.status());
        assertEquals(OTHER_SLOT, next.proposedSlot());
        assertEquals(INVITEE, next.actorProfileId());
        assertEquals(EVENT_START, next.expiresAt());
    }

    @Test
    void aCounterProposalIsNotCounteredAndOnlyTheInviteeProposes() {
        assertRefused(rules.decide(proposed(), propose(REQUESTER), NOW), Kind.CONFLICT,
                "Meeting m1 is PROPOSED; only a PENDING request can get a counter-proposal");
        assertRefused(rules.decide(pending(), propose(REQUESTER), NOW), Kind.NOT_THE_ACTOR,
                "actorProfileId " + REQUESTER + " cannot propose another slot for this meeting; only " + INVITEE
                        + " can");
    }

    // --- cancel

    @Test
    void eitherSideCancelsAnActiveRequestOrMeetingWhichIsThenUnpinned() {
        for (MeetingStatus s : List.of(MeetingStatus.PENDING, MeetingStatus.PROPOSED, MeetingStatus.ACCEPTED,
                MeetingStatus.SCHEDULED)) {
            for (String side : List.of(REQUESTER, INVITEE)) {
                MeetingState next = changed(rules.decide(locked(in(s)), new MeetingCommand.Cancel(side, "flight"),
                        NOW));
                assertEquals(MeetingStatus.CANCELLED, next.status());
                assertEquals(side, next.actorProfileId());
                assertEquals("flight", next.reason());
                assertFalse(next.locked());
            }
        }
    }

    @Test
    void anEndedMeetingIsNotCancelledAndAStrangerCancelsNothing() {
        for (MeetingStatus s : List.of(MeetingStatus.DECLINED, MeetingStatus.CANCELLED, MeetingStatus.EXPIRED)) {
            assertRefused(rules.decide(in(s), new MeetingCommand.Cancel(REQUESTER, null), NOW), Kind.CONFLICT,
                    "Meeting m1 is " + s + " and cannot be cancelled");
        }
        assertRefused(rules.decide(pending(), new MeetingCommand.Cancel(STRANGER, null), NOW), Kind.NOT_THE_ACTOR,
                "actorProfileId " + STRANGER + " is neither side of meeting m1");
    }

    // --- expire

    @Test
    void anUnansweredRequestExpiresWhenItsTimeIsUp() {
        MeetingState due = pending();
        assertFalse(rules.isDue(due, EVENT_START.minusMillis(1)));
        assertInstanceOf(Decision.Unchanged.class,
                rules.decide(due, new MeetingCommand.Expire(), EVENT_START.minusMillis(1)));
        assertTrue(rules.isDue(due, EVENT_START));
        MeetingState expired = changed(rules.decide(due, new MeetingCommand.Expire(), EVENT_START));
        assertEquals(MeetingStatus.EXPIRED, expired.status());
        assertNull(expired.actorProfileId());
        assertNull(expired.reason());
        assertEquals(MeetingStatus.EXPIRED,
                changed(rules.decide(proposed(), new MeetingCommand.Expire(), EVENT_START)).status());
    }

    @Test
    void anAnsweredMeetingOrOneWithoutExpiryNeverExpires() {
        Instant late = EVENT_END.plus(Duration.ofDays(30));
        for (MeetingStatus s : List.of(MeetingStatus.ACCEPTED, MeetingStatus.SCHEDULED, MeetingStatus.DECLINED)) {
            assertFalse(rules.isDue(in(s), late));
            assertInstanceOf(Decision.Unchanged.class, rules.decide(in(s), new MeetingCommand.Expire(), late));
        }
        MeetingState noExpiry = pending().next().expiresAt(null).build();
        assertFalse(rules.isDue(noExpiry, late));
    }

    // --- schedule, lock

    @Test
    void theSchedulerPlacesAnAgreedMeetingAndTakesItOutAgain() {
        MeetingState placed = changed(rules.decide(in(MeetingStatus.ACCEPTED),
                new MeetingCommand.Place(2, SLOT, SLOT.plusSeconds(1200), 4), NOW));
        assertEquals(MeetingStatus.SCHEDULED, placed.status());
        assertEquals(2, placed.slotIndex());
        assertEquals(SLOT, placed.slotStart());
        assertEquals(SLOT.plusSeconds(1200), placed.slotEnd());
        assertEquals(4, placed.table());
        assertNull(placed.actorProfileId());
        MeetingState moved = changed(rules.decide(placed, new MeetingCommand.Place(5, OTHER_SLOT,
                OTHER_SLOT.plusSeconds(1200), 1), NOW));
        assertEquals(OTHER_SLOT, moved.slotStart());
        MeetingState out = changed(rules.decide(locked(placed), new MeetingCommand.Unplace(), NOW));
        assertEquals(MeetingStatus.ACCEPTED, out.status());
        assertNull(out.slotIndex());
        assertNull(out.slotStart());
        assertNull(out.slotEnd());
        assertNull(out.table());
        assertFalse(out.locked());
    }

    @Test
    void onlyAgreedMeetingsAreScheduled() {
        assertRefused(rules.decide(pending(), new MeetingCommand.Place(0, SLOT, SLOT.plusSeconds(60), 1), NOW),
                Kind.CONFLICT, "Meeting m1 is PENDING; only an agreed meeting can be scheduled");
        assertRefused(rules.decide(in(MeetingStatus.CANCELLED), new MeetingCommand.Unplace(), NOW), Kind.CONFLICT,
                null);
    }

    @Test
    void aScheduledMeetingIsLockedAndUnlockedAndLockingTwiceChangesNothing() {
        MeetingState scheduled = scheduled(SLOT.plusSeconds(1200));
        MeetingState pinned = changed(rules.decide(scheduled, new MeetingCommand.SetLocked(true), NOW));
        assertTrue(pinned.locked());
        assertInstanceOf(Decision.Unchanged.class, rules.decide(pinned, new MeetingCommand.SetLocked(true), NOW));
        assertFalse(changed(rules.decide(pinned, new MeetingCommand.SetLocked(false), NOW)).locked());
        assertInstanceOf(Decision.Unchanged.class, rules.decide(pending(), new MeetingCommand.SetLocked(false), NOW));
    }

    @Test
    void onlyAScheduledMeetingIsLocked() {
        assertRefused(rules.decide(in(MeetingStatus.ACCEPTED), new MeetingCommand.SetLocked(true), NOW),
                Kind.CONFLICT, "Meeting m1 is ACCEPTED; only a SCHEDULED meeting can be locked");
    }

    // --- outcome

    @Test
    void eachSideRatesAScheduledMeetingOnceItsSlotEndedAndALaterRatingReplacesItsOwn() {
        Instant end = SLOT.plusSeconds(1200);
        MeetingState m = scheduled(end);
        MeetingState byRequester = changed(rules.decide(m, new MeetingCommand.Rate(REQUESTER, Outcome.INFORMATIVE),
                end));
        assertEquals(Outcome.INFORMATIVE, byRequester.requesterOutcome());
        assertNull(byRequester.inviteeOutcome());
        assertEquals(MeetingStatus.SCHEDULED, byRequester.status());
        MeetingState both = changed(rules.decide(byRequester,
                new MeetingCommand.Rate(INVITEE, Outcome.DID_NOT_TAKE_PLACE), end));
        assertEquals(Outcome.DID_NOT_TAKE_PLACE, both.inviteeOutcome());
        assertEquals(Outcome.INFORMATIVE, both.requesterOutcome());
        assertEquals(INVITEE, both.actorProfileId());
        MeetingState again = changed(rules.decide(both,
                new MeetingCommand.Rate(REQUESTER, Outcome.COOPERATION_LIKELY), end.plusSeconds(5)));
        assertEquals(Outcome.COOPERATION_LIKELY, again.requesterOutcome());
    }

    @Test
    void aMeetingIsRatedOnlyBySidesOnlyWhenScheduledAndOnlyAfterItsSlot() {
        Instant end = SLOT.plusSeconds(1200);
        assertRefused(rules.decide(scheduled(end), new MeetingCommand.Rate(STRANGER, Outcome.INFORMATIVE), end),
                Kind.NOT_THE_ACTOR, "actorProfileId " + STRANGER + " is neither side of meeting m1");
        assertRefused(rules.decide(in(MeetingStatus.ACCEPTED), new MeetingCommand.Rate(REQUESTER, Outcome.INFORMATIVE),
                end), Kind.CONFLICT, "Meeting m1 is ACCEPTED; only a scheduled meeting can be rated");
        assertRefused(rules.decide(scheduled(end), new MeetingCommand.Rate(INVITEE, Outcome.INFORMATIVE),
                end.minusMillis(1)), Kind.CONFLICT, "Meeting m1 ends at " + end + "; rate it afterwards");
    }

    // --- no-show

    @Test
    void theOtherSideOrTheOrganiserMarksANoShowTenMinutesIntoTheSlotFreeingTheTable() {
        MeetingState m = locked(scheduled(SLOT.plusSeconds(1200)));
        Instant tenMinutesIn = SLOT.plusSeconds(600);
        MeetingState bySide = changed(rules.decide(m, new MeetingCommand.NoShow(REQUESTER, INVITEE, null),
                tenMinutesIn));
        assertEquals(MeetingStatus.NO_SHOW, bySide.status());
        assertEquals(INVITEE, bySide.absentProfileId());
        assertEquals(REQUESTER, bySide.actorProfileId());
        assertFalse(bySide.locked());
        assertFalse(bySide.status().isAgreed(), "no longer agreed: the scheduler sees its table as free");
        assertEquals(SLOT, bySide.slotStart(), "where it should have been stays on record");

        MeetingState byOrganiser = changed(rules.decide(m, new MeetingCommand.NoShow(null, REQUESTER, null),
                SLOT.plusSeconds(3600)));
        assertEquals(REQUESTER, byOrganiser.absentProfileId());
        assertNull(byOrganiser.actorProfileId());
    }

    @Test
    void aNoShowIsRefusedTooEarlyForACheckedInSideOrAnUnplacedMeeting() {
        MeetingState m = scheduled(SLOT.plusSeconds(1200));
        Instant from = SLOT.plusSeconds(600);
        assertRefused(rules.decide(m, new MeetingCommand.NoShow(REQUESTER, INVITEE, null), from.minusMillis(1)),
                Kind.CONFLICT, "Meeting m1 starts at " + SLOT + "; a no-show can be reported from " + from
                        + " (innomatch.meetings.no-show-after=PT10M)");
        Instant arrived = SLOT.minusSeconds(3600);
        assertRefused(rules.decide(m, new MeetingCommand.NoShow(REQUESTER, INVITEE, arrived), from),
                Kind.CONFLICT, "absentProfileId " + INVITEE + " checked in at the venue at " + arrived
                        + "; only a side that has not checked in can be marked no-show");
        for (MeetingStatus status : List.of(MeetingStatus.ACCEPTED, MeetingStatus.PENDING, MeetingStatus.CANCELLED,
                MeetingStatus.NO_SHOW)) {
            assertRefused(rules.decide(in(status), new MeetingCommand.NoShow(REQUESTER, INVITEE, null), from),
                    Kind.CONFLICT, "Meeting m1 is " + status + "; only a scheduled (placed) meeting can be marked "
                            + "no-show");
        }
        MeetingRules patient = new MeetingRules(Duration.ofHours(72), Duration.ofMinutes(20));
        assertRefused(patient.decide(m, new MeetingCommand.NoShow(null, INVITEE, null), from), Kind.CONFLICT, null);
    }

    @Test
    void aNoShowNamesTheOtherSideAndComesFromASideOrTheOrganiser() {
        MeetingState m = scheduled(SLOT.plusSeconds(1200));
        Instant later = SLOT.plusSeconds(900);
        assertRefused(rules.decide(m, new MeetingCommand.NoShow(STRANGER, INVITEE, null), later), Kind.NOT_THE_ACTOR,
                "actorProfileId " + STRANGER + " is neither side of meeting m1");
        RuleViolation notASide = assertInstanceOf(Decision.Refused.class,
                rules.decide(m, new MeetingCommand.NoShow(REQUESTER, STRANGER, null), later)).violation();
        assertEquals(Kind.BAD_REQUEST, notASide.kind());
        assertEquals("absentProfileId", notASide.errors().get(0).field());
        RuleViolation itself = assertInstanceOf(Decision.Refused.class,
                rules.decide(m, new MeetingCommand.NoShow(INVITEE, INVITEE, null), later)).violation();
        assertEquals(Kind.BAD_REQUEST, itself.kind());
        assertEquals("must be the other side, not actorProfileId", itself.errors().get(0).message());
        assertEquals(400, itself.toProblem().status());
    }

    @Test
    void aNoShowCannotBeRatedCancelledOrPlacedAgain() {
        MeetingState noShow = changed(rules.decide(scheduled(SLOT.plusSeconds(1200)),
                new MeetingCommand.NoShow(REQUESTER, INVITEE, null), SLOT.plusSeconds(1200)));
        Instant after = SLOT.plusSeconds(1200);
        assertRefused(rules.decide(noShow, new MeetingCommand.Rate(REQUESTER, Outcome.INFORMATIVE), after),
                Kind.CONFLICT, null);
        assertRefused(rules.decide(noShow, new MeetingCommand.Cancel(REQUESTER, null), after), Kind.CONFLICT, null);
        assertRefused(rules.decide(noShow, new MeetingCommand.Place(1, SLOT, after, 2), after), Kind.CONFLICT, null);
        assertRefused(rules.decide(noShow, new MeetingCommand.SetLocked(true), after), Kind.CONFLICT, null);
    }

    @Test
    void eachRefusalMapsToItsProblemStatus() {
        assertEquals(403, RuleViolation.notTheActor("x").toProblem().status());
        assertEquals(409, RuleViolation.conflict("x").toProblem().status());
        ProblemException thrown = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> rules.decide(pending(), new MeetingCommand.Accept(STRANGER), NOW).nextOrThrow());
        assertEquals(403, thrown.status());
    }

    private static MeetingState pending() {
        return new MeetingState("m1", REQUESTER, INVITEE, MeetingStatus.PENDING, REQUESTER, null, List.of(SLOT), null,
                EVENT_START, null, null, null, null, null, false, null, null, null);
    }

    private static MeetingState proposed() {
        return pending().next().status(MeetingStatus.PROPOSED).proposedSlot(OTHER_SLOT).actor(INVITEE).build();
    }

    private static MeetingState in(MeetingStatus status) {
        return pending().next().status(status).expiresAt(status.isOpen() ? EVENT_START : null).build();
    }

    private static MeetingState scheduled(Instant slotEnd) {
        return in(MeetingStatus.SCHEDULED).next().place(0, slotEnd.minusSeconds(1200), slotEnd, 1).build();
    }

    private static MeetingState locked(MeetingState m) {
        return m.next().locked(true).build();
    }

    private static MeetingCommand propose(String actor) {
        return new MeetingCommand.Propose(actor, OTHER_SLOT, EVENT_START, EVENT_END);
    }

    private static MeetingState changed(Decision decision) {
        return assertInstanceOf(Decision.Changed.class, decision).next();
    }

    private static void assertRefused(Decision decision, Kind kind, String detail) {
        RuleViolation v = assertInstanceOf(Decision.Refused.class, decision).violation();
        assertEquals(kind, v.kind());
        if (detail != null) {
            assertEquals(detail, v.detail());
        }
    }
}
