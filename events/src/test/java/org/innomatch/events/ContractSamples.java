package org.innomatch.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.innomatch.events.diagnostics.Ping;
import org.innomatch.events.matches.MatchEnded;
import org.innomatch.events.matches.MatchFound;
import org.innomatch.events.matches.MatchFound.MatchParty;
import org.innomatch.events.matches.RecommendationAvailable;
import org.innomatch.events.matches.RecommendationAvailable.Reason;
import org.innomatch.events.matchmaking.EventUpserted;
import org.innomatch.events.matchmaking.RegistrationChanged;
import org.innomatch.events.matchmaking.SessionChanged;
import org.innomatch.events.matchmaking.SessionFollowChanged;
import org.innomatch.events.meetings.MeetingChanged;
import org.innomatch.events.messages.MessagePosted;
import org.innomatch.events.profiles.ProfileDeleted;
import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.events.profiles.ProfileUpserted.Contact;
import org.innomatch.events.projects.ProjectClosed;
import org.innomatch.events.projects.ProjectDeleted;
import org.innomatch.events.projects.ProjectUpserted;

/**
 * Sample data per event type: the checked-in JSON files under {@code contracts/} and records built in code.
 * The code-built ones leave optional fields {@code null} where the JSON samples fill them, so both shapes
 * are covered.
 */
final class ContractSamples {

    static final String CONTRACTS_DIR = "contracts";

    static final UUID POLISH_LAB = UUID.fromString("3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11");
    static final UUID ISRAELI_STARTUP = UUID.fromString("e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05");
    static final UUID CANADIAN_INSTITUTE = UUID.fromString("a7d2f5c1-9e84-4b36-8f0a-2c61e9d4b7f3");
    static final UUID WEARABLE_PROJECT = UUID.fromString("7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7");
    static final UUID BEIJING_EVENT = UUID.fromString("5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32");
    static final UUID PITCH_SESSION = UUID.fromString("b6e1d3f0-2a47-4c95-8e3b-71d0c9a5f248");

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private ContractSamples() {
    }

    static String resourceName(EventType type) {
        return CONTRACTS_DIR + "/" + type.type() + ".json";
    }

    /** The checked-in sample JSON of a type, or {@code null} if there is none. */
    static byte[] sampleJson(EventType type) {
        try (InputStream in = ContractSamples.class.getClassLoader().getResourceAsStream(resourceName(type))) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record of the type's data class built in code. */
    static Object built(EventType type) {
        // A switch expression over the enum: a new type without a sample here does not compile.
        return switch (type) {
            case PROFILE_UPSERTED -> new ProfileUpserted(
                    CANADIAN_INSTITUTE,
                    "Dr. Marc Tremblay",
                    "RESEARCH_INSTITUTE",
                    "Institut de recherche en fabrication intelligente, Montréal",
                    "CA",
                    List.of("MANUFACTURING", "AI"),
                    "Digital-twin and predictive-maintenance methods for precision machining lines.",
                    "Manufacturers in Beijing willing to pilot on a production line; joint research funding.",
                    List.of("digital twin", "predictive maintenance", "CNC"),
                    List.of("JOINT_RESEARCH", "PILOT_CUSTOMER"),
                    List.of("fr", "en"),
                    new Contact("marc.tremblay@irfi.example.ca", null, null),
                    "PARTICIPANTS_ONLY",
                    null,
                    1L,
                    Instant.parse("2026-11-05T15:00:00Z"),
                    Instant.parse("2026-11-05T15:00:00Z"));
            case PROFILE_DELETED -> new ProfileDeleted(CANADIAN_INSTITUTE, Instant.parse("2026-11-30T09:12:44.250Z"));
            case PROJECT_UPSERTED -> new ProjectUpserted(
                    UUID.fromString("4e0c7b95-28af-4d13-9b6e-81f3a5c2d406"),
                    "Predictive maintenance for precision machining",
                    "Early-stage idea: transfer a digital-twin method to a Beijing machine-tool maker.",
                    CANADIAN_INSTITUTE,
                    "CA",
                    List.of("MANUFACTURING"),
                    null,
                    List.of("JOINT_RESEARCH"),
                    List.of(),
                    null,
                    "DRAFT",
                    null,
                    null,
                    1L,
                    Instant.parse("2026-11-06T10:00:00Z"),
                    Instant.parse("2026-11-06T10:00:00Z"));
            case PROJECT_CLOSED -> new ProjectClosed(WEARABLE_PROJECT, Instant.parse("2026-12-10T08:00:00Z"), "MANUAL");
            case PROJECT_DELETED -> new ProjectDeleted(WEARABLE_PROJECT, Instant.parse("2026-12-11T08:00:00Z"));
            case EVENT_UPSERTED -> new EventUpserted(
                    BEIJING_EVENT,
                    "5th Matchmaking Event for Innovation Resources with S&T Diplomats",
                    "Beijing",
                    "Asia/Shanghai",
                    OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, BEIJING),
                    OffsetDateTime.of(2026, 12, 3, 17, 30, 0, 0, BEIJING),
                    20,
                    24,
                    "DRAFT",
                    1L,
                    Instant.parse("2026-11-01T02:00:00Z"));
            case REGISTRATION_CHANGED -> new RegistrationChanged(
                    BEIJING_EVENT, ISRAELI_STARTUP, "CANCELLED", Instant.parse("2026-11-29T11:45:00Z"));
            case SESSION_CHANGED -> new SessionChanged(
                    PITCH_SESSION,
                    BEIJING_EVENT,
                    "PANEL",
                    "Intelligent manufacturing: what Beijing factories need",
                    null,
                    OffsetDateTime.of(2026, 12, 3, 14, 0, 0, 0, BEIJING),
                    OffsetDateTime.of(2026, 12, 3, 15, 0, 0, 0, BEIJING),
                    null,
                    null,
                    List.of(),
                    null,
                    "SCHEDULED",
                    1L,
                    null,
                    Instant.parse("2026-11-20T09:00:00Z"));
            case SESSION_FOLLOW_CHANGED -> new SessionFollowChanged(
                    BEIJING_EVENT, PITCH_SESSION, POLISH_LAB, "UNFOLLOWED", 2L, null,
                    Instant.parse("2026-11-28T10:05:00Z"));
            case MATCH_FOUND -> new MatchFound(
                    UUID.fromString("61f0b3d8-7c2e-4a95-8d14-e3b9a0c5f726"),
                    new MatchParty("PROFILE", POLISH_LAB, POLISH_LAB),
                    new MatchParty("PROFILE", ISRAELI_STARTUP, ISRAELI_STARTUP),
                    0.74,
                    Instant.parse("2026-11-25T01:02:03Z"));
            case MATCH_ENDED -> new MatchEnded(
                    UUID.fromString("61f0b3d8-7c2e-4a95-8d14-e3b9a0c5f726"),
                    new MatchParty("PROFILE", POLISH_LAB, POLISH_LAB),
                    new MatchParty("PROFILE", ISRAELI_STARTUP, ISRAELI_STARTUP),
                    UUID.fromString("0d3a7f52-9e14-3b68-a2c5-7f1e4b9d6c08"),
                    Instant.parse("2026-11-27T16:20:00Z"));
            case RECOMMENDATION_AVAILABLE -> new RecommendationAvailable(
                    ISRAELI_STARTUP,
                    "PROFILE",
                    POLISH_LAB,
                    0.79,
                    List.of(new Reason("NEED_OFFER_TEXT", 0.41, "Their ECG models match your need for clinical validation"),
                            new Reason("LANGUAGE", 0.05, null)),
                    Instant.parse("2026-11-23T22:10:06Z"));
            case MEETING_CHANGED -> new MeetingChanged(
                    UUID.fromString("8d5a2e19-f3c7-4b60-a1d8-5c9e7b2f4a03"),
                    BEIJING_EVENT,
                    POLISH_LAB,
                    CANADIAN_INSTITUTE,
                    "PENDING",
                    null,
                    null,
                    null,
                    null,
                    Instant.parse("2026-11-27T13:20:00Z"));
            case MESSAGE_POSTED -> new MessagePosted(
                    UUID.fromString("4c8e2a17-6b3d-4f95-a0c1-9d7e5b3f2a64"),
                    UUID.fromString("d2a6f0c4-1e8b-3a57-9c2d-6f4b8e0a1c35"),
                    POLISH_LAB,
                    ISRAELI_STARTUP,
                    null,
                    Instant.parse("2026-11-27T14:05:00Z"));
            case PING -> new Ping(
                    UUID.fromString("c3b7e1a9-4d62-48f0-9e5b-a2d86f1c037e"),
                    "matching-service",
                    "hello from the contract test",
                    Instant.parse("2026-11-23T20:31:08Z"));
        };
    }
}
