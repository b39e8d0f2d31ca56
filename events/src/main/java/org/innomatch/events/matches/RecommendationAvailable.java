package org.innomatch.events.matches;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A new recommendation worth telling a participant about, with the reasons that explain it.
 *
 * @param targetType {@code PROFILE} or {@code PROJECT}
 * @param score      0..1
 * @param topReasons the strongest reasons, strongest first
 */
public record RecommendationAvailable(
        UUID recipientProfileId,
        String targetType,
        UUID targetId,
        double score,
        List<Reason> topReasons,
        Instant createdAt) {

    public RecommendationAvailable {
        Objects.requireNonNull(recipientProfileId, "recipientProfileId");
        topReasons = topReasons == null ? List.of() : List.copyOf(topReasons);
    }

    /**
     * Why a recommendation was made.
     *
     * @param factor       e.g. {@code SECTOR}, {@code NEED_OFFER_TEXT}, {@code COOPERATION_TYPE}
     * @param contribution this factor's share of the score
     * @param detail       human-readable, e.g. which words of an offer matched which need
     */
    public record Reason(String factor, double contribution, String detail) {
    }
}
