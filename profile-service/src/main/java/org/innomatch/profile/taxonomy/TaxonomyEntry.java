package org.innomatch.profile.taxonomy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference code with its labels by language; sectors also carry their sub-codes. */
@Schema(name = "TaxonomyEntry", description = "A reference code with labels in English and Chinese")
public record TaxonomyEntry(
        @Schema(description = "The code to use in profiles and filters", example = "HEALTH") String code,
        @Schema(description = "Labels by ISO 639-1 language code, at least en and zh",
                example = "{\"en\":\"Medicine and health\",\"zh\":\"医药健康\"}") Map<String, String> labels,
        @Schema(description = "Sub-codes (sectors only), e.g. HEALTH.MEDTECH; a filter on the parent matches them")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TaxonomyEntry> children) {

    public TaxonomyEntry {
        // Keeps the order of the labels (en before zh) as written.
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        children = children == null ? null : List.copyOf(children);
    }
}
