package org.innomatch.matching.meetings;

import java.util.List;

import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

/** A lifecycle rule a command broke, and the problem the API answers with. */
public record RuleViolation(Kind kind, String detail, List<FieldError> errors) {

    public enum Kind {
        /** 400: the command contradicts itself (a request to oneself). */
        BAD_REQUEST,
        /** 403: the actor is not the side allowed to do it. */
        NOT_THE_ACTOR,
        /** 409: the meeting's state (or the event's time) does not allow it now. */
        CONFLICT
    }

    public RuleViolation {
        errors = List.copyOf(errors);
    }

    static RuleViolation conflict(String detail) {
        return new RuleViolation(Kind.CONFLICT, detail, List.of());
    }

    static RuleViolation notTheActor(String detail) {
        return new RuleViolation(Kind.NOT_THE_ACTOR, detail, List.of());
    }

    public ProblemException toProblem() {
        return switch (kind) {
            case BAD_REQUEST -> ProblemException.badRequest(detail, errors.toArray(FieldError[]::new));
            case NOT_THE_ACTOR -> ProblemException.forbidden(detail);
            case CONFLICT -> ProblemException.conflict(detail);
        };
    }
}
