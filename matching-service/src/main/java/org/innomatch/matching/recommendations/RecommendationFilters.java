package org.innomatch.matching.recommendations;

/**
 * Optional restrictions of a recommendation list; {@code null} means no restriction.
 *
 * @param sector a sector code; a parent code also matches its refined codes
 * @param kind   a profile kind; for project lists, the kind of the project's owner
 */
public record RecommendationFilters(String sector, String country, String kind) {

    public static final RecommendationFilters NONE = new RecommendationFilters(null, null, null);
}
