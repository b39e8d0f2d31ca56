package org.innomatch.matching.recommendations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an item was recommended: one factor, its share of the score, and what matched on both sides. */
@Schema(name = "Reason")
public record Reason(
        @Schema(description = "complementarity, sector, cooperationType, trl, crossBorder, language or keywords",
                example = "complementarity") String factor,
        @Schema(description = "This factor's share of the score; the contributions add up to the score",
                example = "0.31") double contribution,
        @Schema(description = "What matched, on both sides",
                example = "they offer 'clinical trial network' — you need 'clinical validation partner'") String detail) {
}
