package org.innomatch.project.projects;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.hibernate.StaleStateException;
import org.innomatch.caller.CallerIdentity;
import org.innomatch.problems.EntityTags;
import org.innomatch.problems.FieldError;
import org.innomatch.problems.MergePatch;
import org.innomatch.problems.ProblemException;
import org.innomatch.project.codes.CodeValidator;
import org.innomatch.project.common.FieldErrors;
import org.innomatch.problems.KeysetCursor;
import org.innomatch.problems.Page;
import org.innomatch.project.common.RequestBodies;
import org.innomatch.project.common.Timestamps;
import org.innomatch.project.knownprofiles.KnownProfiles;

import com.fasterxml.jackson.databind.JsonNode;

/** Project listings: every change is validated, versioned and written to the outbox in one transaction. */
@ApplicationScoped
public class ProjectService {

    private final EntityManager entityManager;
    private final ProjectValidator validator;
    private final ProjectEvents events;
    private final ProjectSearch search;
    private final CodeValidator codes;
    private final RequestBodies bodies;
    private final CallerIdentity caller;
    private final KnownProfiles knownProfiles;

    ProjectService(EntityManager entityManager, ProjectValidator validator, ProjectEvents events, ProjectSearch search,
                   CodeValidator codes, RequestBodies bodies, CallerIdentity caller, KnownProfiles knownProfiles) {
        this.entityManager = entityManager;
        this.validator = validator;
        this.events = events;
        this.search = search;
        this.codes = codes;
        this.bodies = bodies;
        this.caller = caller;
        this.knownProfiles = knownProfiles;
    }

    /** Creates a DRAFT project. */
    @Transactional
    public ProjectView create(ProjectRequest request) {
        Instant now = Timestamps.now();
        validator.validate(request, null, now);
        requireMayNameOwner(request, null);
        Project project = new Project();
        project.id = UUID.randomUUID();
        copy(request, project);
        project.status = ProjectStatus.DRAFT;
        project.ownerPartnerId = caller.partnerId().orElse(null);
        project.createdAt = now;
        project.updatedAt = now;
        project.persist();
        flush();
        events.upserted(project);
        return ProjectView.of(project);
    }

    @Transactional
    public ProjectView get(UUID id) {
        return shown(List.of(ProjectView.of(find(id)))).get(0);
    }

    @Transactional
    public Page<ProjectView> list(ProjectListQuery query) {
        ProjectFilter filter = filter(query);
        if (filter.ownerProfileId() != null && !knownProfiles.visibleTo(caller.caller(), filter.ownerProfileId())) {
            // Listing a HIDDEN profile's projects would tell a stranger that it exists and what it presents.
            return new Page<>(List.of(), null);
        }
        Page<ProjectView> page = search.find(filter);
        return new Page<>(shown(page.items()), page.nextCursor());
    }

    /** The views as the caller may see them: a HIDDEN owner named only to itself, its partner and admins. */
    private List<ProjectView> shown(List<ProjectView> views) {
        Set<UUID> hidden = knownProfiles.hiddenFrom(caller.caller(),
                views.stream().map(ProjectView::ownerProfileId).filter(Objects::nonNull).toList());
        if (hidden.isEmpty()) {
            return views;
        }
        return views.stream().map(v -> hidden.contains(v.ownerProfileId()) ? v.withoutOwner() : v).toList();
    }

    /** Replaces the editable fields; {@code ifMatch} is required. */
    @Transactional
    public ProjectView replace(UUID id, String ifMatch, ProjectRequest request) {
        Project project = findToManage(id, "change");
        EntityTags.require(ifMatch, project.version);
        requireEditable(project);
        return update(project, request);
    }

    /** Applies a JSON merge patch to the editable fields; {@code ifMatch} is required. */
    @Transactional
    public ProjectView patch(UUID id, String ifMatch, JsonNode patch) {
        Project project = findToManage(id, "change");
        EntityTags.require(ifMatch, project.version);
        requireEditable(project);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badRequest("A merge patch must be a JSON object");
        }
        JsonNode merged = MergePatch.apply(bodies.toTree(ProjectView.of(project).toRequest()), patch);
        return update(project, bodies.read(merged, ProjectRequest.class));
    }

    @Transactional
    public ProjectView publish(UUID id, String ifMatch) {
        Project project = findToManage(id, "publish");
        EntityTags.checkIfPresent(ifMatch, project.version);
        if (!project.status.canPublish()) {
            throw ProblemException.conflict("Project " + id + " is " + project.status
                    + "; only a DRAFT project can be published");
        }
        Instant now = Timestamps.now();
        if (project.deadline != null && !project.deadline.toInstant().isAfter(now)) {
            throw ProblemException.conflict("Project " + id + " has a deadline in the past (" + project.deadline
                    + "); set a later deadline before publishing");
        }
        project.status = ProjectStatus.PUBLISHED;
        project.updatedAt = now;
        flush();
        events.upserted(project);
        return ProjectView.of(project);
    }

    @Transactional
    public ProjectView close(UUID id, String ifMatch) {
        Project project = findToManage(id, "close");
        EntityTags.checkIfPresent(ifMatch, project.version);
        if (!project.status.canClose()) {
            throw ProblemException.conflict("Project " + id + " is " + project.status + "; it is already closed");
        }
        closeNow(project, CloseReason.MANUAL, Timestamps.now());
        return ProjectView.of(project);
    }

    /** Deletes the project and publishes a tombstone; {@code ifMatch} is checked when sent. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Project project = findToManage(id, "delete");
        EntityTags.checkIfPresent(ifMatch, project.version);
        project.delete();
        flush();
        events.deleted(id, Timestamps.now());
    }

    /**
     * Closes up to {@code batchSize} PUBLISHED projects whose deadline has passed. Rows another instance is
     * closing right now are skipped, not waited for.
     *
     * @return how many were closed
     */
    @Transactional
    public int closePastDeadline(Instant now, int batchSize) {
        @SuppressWarnings("unchecked")
        List<Project> due = entityManager.createNativeQuery("""
                SELECT * FROM project
                WHERE status = 'PUBLISHED' AND deadline IS NOT NULL AND deadline <= :now
                ORDER BY deadline
                LIMIT :batch
                FOR UPDATE SKIP LOCKED
                """, Project.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("batch", batchSize)
                .getResultList();
        for (Project project : due) {
            closeNow(project, CloseReason.DEADLINE_PASSED, now);
        }
        return due.size();
    }

    private void closeNow(Project project, CloseReason reason, Instant now) {
        project.status = ProjectStatus.CLOSED;
        project.closedAt = now;
        project.closeReason = reason;
        project.updatedAt = now;
        flush();
        events.closed(project);
    }

    /** Only the owner profile, the partner that created the project, or an admin may change it. */
    private Project findToManage(UUID id, String action) {
        Project project = find(id);
        caller.caller().requireManage(action, "project " + id,
                project.ownerProfileId == null ? null : project.ownerProfileId.toString(), project.ownerPartnerId);
        return project;
    }

    /**
     * A participant presents projects in its own name only; a partner only in the name of a profile it registered
     * (as last heard on {@code innomatch.profiles}); an admin in anyone's. The partner's check applies when the owner
     * is set or changed, so that a project stays editable whatever became of its owner meanwhile. Runs after the
     * validator, so an unknown owner stays a 422.
     */
    private void requireMayNameOwner(ProjectRequest request, Project current) {
        UUID owner = request.ownerProfileId();
        caller.caller().participantProfileId().ifPresent(self -> {
            if (owner == null || !self.equals(owner.toString())) {
                throw ProblemException.forbidden("participant " + self + " may present projects only with "
                        + "ownerProfileId " + self, FieldError.of("ownerProfileId",
                        "must be the caller's own profile", owner));
            }
        });
        boolean ownerChanged = current == null || !Objects.equals(current.ownerProfileId, owner);
        caller.caller().partner().ifPresent(partner -> {
            if (ownerChanged && !knownProfiles.ownerPartnerId(owner).filter(partner::equals).isPresent()) {
                throw ProblemException.forbidden("partner " + partner + " may present projects only in the name of "
                        + "profiles it registered; profile " + owner + " was not registered by it",
                        FieldError.of("ownerProfileId", "must be a profile registered by this partner", owner));
            }
        });
    }

    private ProjectView update(Project project, ProjectRequest request) {
        Instant now = Timestamps.now();
        validator.validate(request, project, now);
        requireMayNameOwner(request, project);
        copy(request, project);
        project.updatedAt = now;
        flush();
        events.upserted(project);
        return ProjectView.of(project);
    }

    private static void copy(ProjectRequest request, Project project) {
        project.title = request.title().strip();
        project.summary = request.summary().strip();
        project.ownerProfileId = request.ownerProfileId();
        project.country = request.country();
        project.sectors = distinct(request.sectors());
        project.trl = request.trl();
        project.cooperationTypes = distinct(request.cooperationTypes());
        project.keywords = distinctKeywords(request.keywords());
        // Always two decimals (validation allows no more), so the amount reads the same before and after a reload.
        project.fundingAmount = request.fundingSought() == null ? null
                : request.fundingSought().amount().setScale(2, RoundingMode.UNNECESSARY);
        project.fundingCurrency = request.fundingSought() == null ? null : request.fundingSought().currency();
        project.deadline = request.deadline() == null ? null : request.deadline().truncatedTo(ChronoUnit.MICROS);
    }

    private Project find(UUID id) {
        Project project = Project.findById(id);
        if (project == null) {
            throw ProblemException.notFound("project", id);
        }
        return project;
    }

    private static void requireEditable(Project project) {
        if (!project.status.isEditable()) {
            throw ProblemException.conflict("Project " + project.id + " is " + project.status
                    + "; a closed project can no longer be edited");
        }
    }

    // Hibernate checks the version and assigns the next one on flush: a concurrent writer surfaces here, and the
    // events written after it carry the new version.
    private void flush() {
        try {
            entityManager.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw ProblemException.preconditionFailed("The project was changed by someone else meanwhile; "
                    + "read it again and reapply your change");
        }
    }

    private ProjectFilter filter(ProjectListQuery query) {
        FieldErrors errors = new FieldErrors();
        String sector = blankToNull(query.sector());
        String country = blankToNull(query.country());
        String cooperationType = blankToNull(query.cooperationType());
        errors.add(codes.sector("sector", sector));
        errors.add(codes.country("country", country));
        errors.add(codes.cooperationType("cooperationType", cooperationType));
        String status = blankToNull(query.status());
        errors.add(codes.enumCode("status", status, ProjectStatus.class));
        UUID owner = null;
        if (blankToNull(query.ownerProfileId()) != null) {
            try {
                owner = UUID.fromString(query.ownerProfileId().strip());
            } catch (IllegalArgumentException e) {
                errors.reject("ownerProfileId", "must be a UUID", query.ownerProfileId());
            }
        }
        if (query.trlMin() != null && query.trlMax() != null && query.trlMin() > query.trlMax()) {
            errors.reject("trlMin", "must not be greater than trlMax (" + query.trlMax() + ")", query.trlMin());
        }
        errors.throwBadRequestIfAny("Invalid list parameters");
        KeysetCursor after = KeysetCursor.decodeOrNull(query.cursor());
        return new ProjectFilter(sector, country, status == null ? null : ProjectStatus.valueOf(status), owner,
                query.trlMin(), query.trlMax(), cooperationType, blankToNull(query.q()), after, query.limit());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    // Keywords are free text: trimmed, and "ECG" and "ecg" count as one (the first spelling wins).
    private static List<String> distinctKeywords(List<String> keywords) {
        Set<String> seen = new HashSet<>();
        List<String> result = new ArrayList<>();
        for (String keyword : keywords) {
            String trimmed = keyword.strip();
            if (seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                result.add(trimmed);
            }
        }
        return result;
    }
}
