package org.innomatch.project.projects;

/** The list parameters as received, before {@link ProjectService#list} checks them. */
public record ProjectListQuery(
        String sector,
        String country,
        String status,
        String ownerProfileId,
        Integer trlMin,
        Integer trlMax,
        String cooperationType,
        String q,
        String cursor,
        int limit) {
}
