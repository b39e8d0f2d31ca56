package org.innomatch.project.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.innomatch.problems.KeysetCursor;
import org.innomatch.problems.Page;

/**
 * Lists projects newest first, (created_at, id) descending: a total order that never changes for a row, so
 * keyset pages are complete and free of duplicates even while projects are added or edited.
 */
@ApplicationScoped
class ProjectSearch {

    private final EntityManager entityManager;

    ProjectSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Page<ProjectView> find(ProjectFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.sector() != null) {
            // A parent code also matches its sub-codes: HEALTH finds HEALTH.MEDTECH.
            conditions.add("EXISTS (SELECT 1 FROM unnest(p.sectors) s WHERE s = :sector OR starts_with(s, :sectorPrefix))");
            parameters.put("sector", filter.sector());
            parameters.put("sectorPrefix", filter.sector() + ".");
        }
        if (filter.country() != null) {
            conditions.add("p.country = :country");
            parameters.put("country", filter.country());
        }
        if (filter.status() != null) {
            conditions.add("p.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.ownerProfileId() != null) {
            conditions.add("p.owner_profile_id = :owner");
            parameters.put("owner", filter.ownerProfileId());
        }
        if (filter.trlMin() != null) {
            conditions.add("p.trl >= :trlMin");
            parameters.put("trlMin", filter.trlMin());
        }
        if (filter.trlMax() != null) {
            conditions.add("p.trl <= :trlMax");
            parameters.put("trlMax", filter.trlMax());
        }
        if (filter.cooperationType() != null) {
            conditions.add(":cooperationType = ANY (p.cooperation_types)");
            parameters.put("cooperationType", filter.cooperationType());
        }
        if (filter.text() != null) {
            conditions.add("p.search_vector @@ websearch_to_tsquery('simple', :text)");
            parameters.put("text", filter.text());
        }
        if (filter.after() != null) {
            conditions.add("(p.created_at, p.id) < (:afterCreatedAt, :afterId)");
            parameters.put("afterCreatedAt", filter.after().position());
            parameters.put("afterId", filter.after().id());
        }
        String sql = "SELECT p.* FROM project p"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY p.created_at DESC, p.id DESC LIMIT :limit";
        Query query = entityManager.createNativeQuery(sql, Project.class);
        parameters.forEach(query::setParameter);
        // One more than asked tells whether there is a next page.
        query.setParameter("limit", filter.limit() + 1);

        @SuppressWarnings("unchecked")
        List<Project> rows = query.getResultList();
        boolean more = rows.size() > filter.limit();
        List<Project> page = more ? rows.subList(0, filter.limit()) : rows;
        String next = null;
        if (more) {
            Project last = page.get(page.size() - 1);
            next = new KeysetCursor(last.createdAt, last.id).encode();
        }
        return new Page<>(page.stream().map(ProjectView::of).toList(), next);
    }
}
