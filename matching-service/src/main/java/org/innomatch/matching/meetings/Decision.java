package org.innomatch.matching.meetings;

import java.util.Optional;

/** What {@link MeetingRules} decided about a command. */
public sealed interface Decision {

    /** The state that follows the command. */
    record Changed(MeetingState next) implements Decision {
    }

    /** Allowed, and nothing to change (locking a locked meeting, expiring one that is not due). */
    record Unchanged() implements Decision {
    }

    /** Not allowed. */
    record Refused(RuleViolation violation) implements Decision {
    }

    /** The state to store, empty when nothing changes; a refusal is thrown as its problem. */
    default Optional<MeetingState> nextOrThrow() {
        if (this instanceof Refused refused) {
            throw refused.violation().toProblem();
        }
        return this instanceof Changed changed ? Optional.of(changed.next()) : Optional.empty();
    }
}
