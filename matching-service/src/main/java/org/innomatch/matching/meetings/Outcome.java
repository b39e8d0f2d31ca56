package org.innomatch.matching.meetings;

/**
 * A side's rating of a meeting after its slot. {@code feedback} is what the rating contributes to the ranking
 * of the pair (see {@link OutcomeFeedback}); {@code held} whether it counts as a meeting that took place.
 */
public enum Outcome {
    DID_NOT_TAKE_PLACE(0.0, false),
    NO_INTEREST(-1.0, true),
    INFORMATIVE(0.5, true),
    COOPERATION_LIKELY(1.0, true);

    private final double feedback;
    private final boolean held;

    Outcome(double feedback, boolean held) {
        this.feedback = feedback;
        this.held = held;
    }

    public double feedback() {
        return feedback;
    }

    public boolean held() {
        return held;
    }
}
