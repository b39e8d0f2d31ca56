package org.innomatch.profile.profiles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.innomatch.problems.FieldError;
import org.innomatch.problems.ProblemException;
import org.innomatch.profile.taxonomy.CodeList;
import org.innomatch.profile.taxonomy.Taxonomy;

/**
 * The query parameters of {@code GET /profiles} as sent. A filter parameter may be repeated or hold
 * comma-separated codes ({@code sector=HEALTH&sector=AI} or {@code sector=HEALTH,AI}): any of them matches.
 */
public record ProfileFilter(List<String> sector, List<String> country, List<String> kind,
                            List<String> cooperationType, List<String> language, String q,
                            String cursor, String limit) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    /**
     * The validated criteria.
     *
     * @throws ProblemException 400 naming every bad parameter: unknown codes (with the allowed ones), a limit
     *                          outside 1..100, a cursor that is not one this service issued for this kind of query
     */
    ProfileQuery toQuery(Taxonomy taxonomy) {
        List<FieldError> errors = new ArrayList<>();
        List<String> sectors = codes("sector", sector, ProfileNormalizer::code, taxonomy.sectors(), errors);
        List<String> countries = codes("country", country, ProfileNormalizer::code, taxonomy.countries(), errors);
        List<String> kinds = codes("kind", kind, ProfileNormalizer::code, taxonomy.kinds(), errors);
        List<String> cooperationTypes = codes("cooperationType", cooperationType, ProfileNormalizer::code,
                taxonomy.cooperationTypes(), errors);
        List<String> languages = codes("language", language, ProfileNormalizer::language, taxonomy.languages(),
                errors);
        String text = ProfileNormalizer.text(q);
        if (text != null && text.length() > 200) {
            errors.add(FieldError.of("q", "must be at most 200 characters", text));
        }
        int pageSize = limit(errors);
        SearchCursor after = cursor(text != null, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("Invalid query parameters", errors.toArray(FieldError[]::new));
        }
        return new ProfileQuery(sectors, countries, kinds, cooperationTypes, languages, text, after, pageSize);
    }

    private static List<String> codes(String parameter, List<String> values, UnaryOperator<String> normalize,
                                      CodeList allowed, List<FieldError> errors) {
        if (values == null) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                String code = normalize.apply(part);
                if (code == null) {
                    continue;
                }
                if (allowed.contains(code)) {
                    codes.add(code);
                } else {
                    errors.add(FieldError.unknownCode(parameter, part.strip(), allowed.codes()));
                }
            }
        }
        return List.copyOf(codes);
    }

    private int limit(List<FieldError> errors) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        errors.add(FieldError.of("limit", "must be a whole number from 1 to " + MAX_LIMIT, limit));
        return DEFAULT_LIMIT;
    }

    private SearchCursor cursor(boolean ranked, List<FieldError> errors) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            SearchCursor decoded = SearchCursor.decode(cursor.strip());
            if (decoded.ranked() != ranked) {
                errors.add(FieldError.of("cursor", ranked
                        ? "is the cursor of a list without q; start the search without a cursor"
                        : "is the cursor of a search with q; start the list without a cursor", cursor));
                return null;
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("cursor", "is not a cursor returned by this API (use nextCursor as is)", cursor));
            return null;
        }
    }
}
