package org.innomatch.matching.meetings;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code innomatch.meetings.*}: expiry and caps of meeting requests. */
@ConfigMapping(prefix = "innomatch.meetings")
public interface MeetingSettings {

    /** How long a request waits for an answer; it also expires when the event starts. */
    @WithDefault("PT72H")
    Duration pendingTtl();

    /** Unanswered requests a participant may have out per event. */
    @WithDefault("10")
    int maxPendingOutgoing();

    /** Agreed (accepted or scheduled) meetings a participant may have per event. */
    @WithDefault("12")
    int maxPerEvent();

    /** How long after its slot started a meeting whose side has not checked in may be marked no-show. */
    @WithDefault("PT10M")
    Duration noShowAfter();

    /** Unpublished changes older than this are re-sent by the re-publisher. */
    @WithDefault("PT5S")
    Duration republishGrace();

    /** How often the expiry job runs (read by {@code @Scheduled}). */
    @WithDefault("30s")
    String expireEvery();

    /**
     * How old a quota document must be before the sweep may release it when no active meeting holds it: longer
     * than any request takes between claiming and storing its meeting.
     */
    @WithDefault("PT2M")
    Duration quotaSweepGrace();

    /** How often the sweep of quota documents nobody holds runs (read by {@code @Scheduled}). */
    @WithDefault("5m")
    String quotaSweepEvery();

    /** How often the re-publisher runs (read by {@code @Scheduled}). */
    @WithDefault("2s")
    String republishEvery();

    /** How far meeting ratings move a recommendation score (read by {@code OutcomeFeedback}). */
    @WithDefault("0.15")
    double outcomeWeight();

    /** Consumer group of the events read model (read by {@code EventModelConsumer}). */
    @WithDefault("matching-service-events")
    String eventsGroup();
}
