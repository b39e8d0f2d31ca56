package org.innomatch.profile.profiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Lists and searches profiles with native SQL (array overlaps, full-text search) and keyset pagination.
 * The query finds the keys of one page; the profiles themselves are then loaded through Panache.
 */
@ApplicationScoped
public class ProfileSearch {

    // Lower-cased with the collation the indexed text was lower-cased with (see profile_search_text).
    private static final String TS_QUERY = "websearch_to_tsquery('simple', lower(cast(:text AS text) COLLATE pg_c_utf8))";

    private final EntityManager em;

    public ProfileSearch(EntityManager em) {
        this.em = em;
    }

    /** One page of the matching profiles, plus the cursor of the next page if there is one. */
    Page find(ProfileQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder("p.visibility <> 'HIDDEN'");
        // Codes are taxonomy codes (checked before), never containing a comma: each list travels as one
        // comma-separated parameter, and && ("has any in common") is served by the GIN indexes.
        if (!query.sectors().isEmpty()) {
            where.append(" AND p.sector_paths && string_to_array(:sectors, ',')");
            parameters.put("sectors", String.join(",", query.sectors()));
        }
        if (!query.countries().isEmpty()) {
            where.append(" AND p.country = ANY (string_to_array(:countries, ','))");
            parameters.put("countries", String.join(",", query.countries()));
        }
        if (!query.kinds().isEmpty()) {
            where.append(" AND p.kind = ANY (string_to_array(:kinds, ','))");
            parameters.put("kinds", String.join(",", query.kinds()));
        }
        if (!query.cooperationTypes().isEmpty()) {
            where.append(" AND p.cooperation_types && string_to_array(:cooperationTypes, ',')");
            parameters.put("cooperationTypes", String.join(",", query.cooperationTypes()));
        }
        if (!query.languages().isEmpty()) {
            where.append(" AND p.languages && string_to_array(:languages, ',')");
            parameters.put("languages", String.join(",", query.languages()));
        }

        String sql;
        if (query.text() != null) {
            where.append(" AND p.search_vector @@ ").append(TS_QUERY);
            parameters.put("text", ProfileSearchText.websearchQuery(query.text()));
            String after = "";
            if (query.cursor() != null) {
                after = "WHERE ranked.rank < :afterRank OR (ranked.rank = :afterRank AND ranked.id > :afterId) ";
                parameters.put("afterRank", query.cursor().rank());
                parameters.put("afterId", query.cursor().id());
            }
            // ts_rank is a real; as double precision it reads back exactly, so the cursor compares equal.
            sql = "SELECT ranked.id, ranked.created_at, ranked.rank FROM ("
                    + "SELECT p.id, p.created_at, cast(ts_rank(p.search_vector, " + TS_QUERY + ") AS double precision) AS rank "
                    + "FROM profile p WHERE " + where + ") ranked "
                    + after
                    + "ORDER BY ranked.rank DESC, ranked.id LIMIT :limit";
        } else {
            if (query.cursor() != null) {
                where.append(" AND (p.created_at, p.id) > (:afterCreated, :afterId)");
                parameters.put("afterCreated", query.cursor().createdAt());
                parameters.put("afterId", query.cursor().id());
            }
            sql = "SELECT p.id, p.created_at, cast(0 AS double precision) AS rank FROM profile p WHERE " + where
                    + " ORDER BY p.created_at, p.id LIMIT :limit";
        }
        parameters.put("limit", query.limit() + 1);

        Query nativeQuery = em.createNativeQuery(sql);
        parameters.forEach(nativeQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nativeQuery.getResultList();

        boolean more = rows.size() > query.limit();
        List<Object[]> pageRows = more ? rows.subList(0, query.limit()) : rows;
        List<UUID> ids = pageRows.stream().map(row -> (UUID) row[0]).toList();
        SearchCursor next = null;
        if (more) {
            Object[] last = pageRows.get(pageRows.size() - 1);
            UUID lastId = (UUID) last[0];
            next = query.text() != null
                    ? SearchCursor.afterRank(((Number) last[2]).doubleValue(), lastId)
                    : SearchCursor.afterCreated(SqlValues.instant(last[1]), lastId);
        }
        return new Page(load(ids), next);
    }

    private static List<Profile> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Profile> byId = Profile.<Profile>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        List<Profile> ordered = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            Profile p = byId.get(id);
            // deleted between the two queries: leave it out rather than fail the page
            if (p != null) {
                ordered.add(p);
            }
        }
        return ordered;
    }

    record Page(List<Profile> profiles, SearchCursor next) {
    }
}
