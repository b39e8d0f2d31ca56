package org.innomatch.project.projects;

import java.time.Instant;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.innomatch.project.codes.CodeValidator;
import org.innomatch.project.common.FieldErrors;
import org.innomatch.project.knownprofiles.KnownProfiles;

/** The checks Bean Validation cannot make: codes, the owner profile, the deadline. One 422 names them all. */
@ApplicationScoped
class ProjectValidator {

    private final CodeValidator codes;
    private final KnownProfiles knownProfiles;

    ProjectValidator(CodeValidator codes, KnownProfiles knownProfiles) {
        this.codes = codes;
        this.knownProfiles = knownProfiles;
    }

    /**
     * @param current the stored project for an update, {@code null} for a create. The owner and the deadline
     *                are checked only when they change, so a project whose owner was erased can still be closed
     *                or edited otherwise.
     */
    void validate(ProjectRequest request, Project current, Instant now) {
        FieldErrors errors = new FieldErrors();
        boolean ownerChanged = current == null || !Objects.equals(current.ownerProfileId, request.ownerProfileId());
        if (ownerChanged && !knownProfiles.exists(request.ownerProfileId())) {
            errors.reject("ownerProfileId", "must be the id of an existing profile", request.ownerProfileId());
        }
        errors.add(codes.country("country", request.country()));
        errors.addAll(codes.sectors("sectors", request.sectors()));
        errors.addAll(codes.cooperationTypes("cooperationTypes", request.cooperationTypes()));
        if (request.fundingSought() != null) {
            errors.add(codes.currency("fundingSought.currency", request.fundingSought().currency()));
        }
        boolean deadlineChanged = current == null || !sameInstant(current, request);
        if (request.deadline() != null && deadlineChanged && !request.deadline().toInstant().isAfter(now)) {
            errors.reject("deadline", "must be in the future", request.deadline());
        }
        errors.throwIfAny();
    }

    private static boolean sameInstant(Project current, ProjectRequest request) {
        if (current.deadline == null || request.deadline() == null) {
            return current.deadline == request.deadline();
        }
        return current.deadline.toInstant().equals(request.deadline().toInstant());
    }
}
