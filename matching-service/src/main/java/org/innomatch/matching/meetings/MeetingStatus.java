package org.innomatch.matching.meetings;

import java.util.EnumSet;
import java.util.Set;

/**
 * PENDING → (invitee) ACCEPTED | DECLINED | PROPOSED; PROPOSED → (requester) ACCEPTED | DECLINED;
 * PENDING/PROPOSED → EXPIRED (unanswered); any active state → CANCELLED (either side);
 * ACCEPTED ⇄ SCHEDULED (the scheduler places or, on a re-run, un-places it);
 * SCHEDULED → NO_SHOW (a side did not come; its table is free again for that slot).
 */
public enum MeetingStatus {
    PENDING, PROPOSED, ACCEPTED, DECLINED, CANCELLED, EXPIRED, SCHEDULED, NO_SHOW;

    /** Waiting for an answer: counts against the requester's pending cap and can expire. */
    public static final Set<MeetingStatus> OPEN = EnumSet.of(PENDING, PROPOSED);
    /** Agreed: counts against both sides' per-event cap and is input to the scheduler. */
    public static final Set<MeetingStatus> AGREED = EnumSet.of(ACCEPTED, SCHEDULED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean isAgreed() {
        return AGREED.contains(this);
    }
}
