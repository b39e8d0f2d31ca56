package org.innomatch.project.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;

/** Collects every semantic error of a request so that one 422 names all bad fields at once. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(FieldError error) {
        errors.add(error);
        return this;
    }

    public FieldErrors add(Optional<FieldError> error) {
        error.ifPresent(errors::add);
        return this;
    }

    public FieldErrors addAll(Collection<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public FieldErrors reject(String field, String message, Object rejectedValue) {
        return add(FieldError.of(field, message, rejectedValue));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** 422 listing every collected error. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(List.copyOf(errors));
        }
    }

    /** 400 listing every collected error; for query parameters, which are not a resource to be processed. */
    public void throwBadRequestIfAny(String detail) {
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(detail, errors.toArray(FieldError[]::new));
        }
    }
}
