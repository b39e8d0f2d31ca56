package org.innomatch.matching.recommendations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.innomatch.matching.testing.TestEvents.profile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.innomatch.events.EventEnvelope;
import org.innomatch.events.EventType;
import org.innomatch.events.Topics;
import org.innomatch.events.matches.RecommendationAvailable;
import org.innomatch.infra.TopicRecords;
import org.innomatch.infra.quarkus.KafkaTestResource;
import org.innomatch.infra.quarkus.MongoTestResource;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.testing.Await;
import org.innomatch.matching.testing.ReplaySeedResource;
import org.innomatch.matching.testing.SeedProfiles;
import org.innomatch.matching.testing.TestEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** RecommendationAvailable on the real broker: live arrivals only, once per recipient and target, capped per day. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, initArgs = @ResourceArg(name = "topics", value = "innomatch.profiles:3:compact,innomatch.projects:3:compact,innomatch.events:3,innomatch.matches:3,innomatch.ping:1"))
@WithTestResource(MongoTestResource.class)
@WithTestResource(ReplaySeedResource.class)
class RecommendationAvailableTest {

    private static final Set<UUID> SEEDS = Set.of(SeedProfiles.ISRAELI_MEDTECH, SeedProfiles.BEIJING_HOSPITAL,
            SeedProfiles.POLISH_AI_LAB, SeedProfiles.CANADIAN_AI, SeedProfiles.GERMAN_INSTITUTE, SeedProfiles.CHINESE_MEDTECH,
            SeedProfiles.EU_CRO, SeedProfiles.WITHDRAWN, SeedProfiles.POLISH_IMAGING_PROJECT, SeedProfiles.CANADIAN_DRAFT_PROJECT);

    private static TestEvents events;

    @Inject
    RecommendationAnnouncer announcer;

    @Inject
    CandidateIndex index;

    @BeforeAll
    static void connect() {
        events = new TestEvents(KafkaTestResource.broker().bootstrapServers());
    }

    @AfterAll
    static void disconnect() {
        events.close();
    }

    @BeforeEach
    void awaitReadModel() {
        Await.ready();
    }

    @Test
    void aNewProfileIsAnnouncedOnceToItsBestRecipientsAndTheReplayedSeedsNever() {
        UUID centre = UUID.randomUUID();
        events.upsert(profile(centre, "Guangzhou Cardiac Centre", "RESEARCH_INSTITUTE", "CN", List.of("HEALTH.MEDTECH"),
                "Clinical trial network: clinical validation of wearable cardiac monitoring devices in our hospitals.",
                "Wearable cardiac monitoring devices and medical device engineering partners from abroad.",
                List.of("wearable", "clinical validation", "cardiology"), List.of("JOINT_RESEARCH", "PILOT_CUSTOMER"),
                List.of("zh", "en"), 1));

        announcementsUntil(list -> list.stream().anyMatch(
                a -> a.targetId().equals(centre) && a.recipientProfileId().equals(SeedProfiles.ISRAELI_MEDTECH)));
        announcer.drain();
        List<RecommendationAvailable> forCentre = allAnnouncements().stream().filter(a -> a.targetId().equals(centre)).toList();
        assertFalse(forCentre.isEmpty());
        assertTrue(forCentre.size() <= 5, "at most max-recipients: " + forCentre);
        Set<UUID> recipients = new HashSet<>();
        for (RecommendationAvailable a : forCentre) {
            assertTrue(recipients.add(a.recipientProfileId()), "recipient announced twice: " + a);
            assertEquals("PROFILE", a.targetType());
            assertTrue(a.score() >= 0.5, "below the threshold: " + a);
            assertFalse(a.topReasons().isEmpty());
            assertTrue(a.topReasons().size() <= 3);
        }
        assertTrue(forCentre.stream().anyMatch(a -> a.topReasons().stream().anyMatch(r -> r.factor().equals("complementarity"))));

        // Announcing again (a redelivery, a second instance) finds every notice already taken.
        assertEquals(0, announcer.announce(index.get(TargetType.PROFILE, centre).orElseThrow()));
        assertEquals(forCentre.size(), RecommendationNotice.count("targetId", centre.toString()));

        // A later version of the same profile is a change, not a new profile.
        events.upsert(profile(centre, "Guangzhou Cardiac Centre", "RESEARCH_INSTITUTE", "CN", List.of("HEALTH.MEDTECH"),
                "Clinical trial network for wearable cardiac monitors and implantable devices.",
                "Wearable cardiac monitoring devices.", List.of("wearable", "cardiology"), List.of("JOINT_RESEARCH"),
                List.of("zh", "en"), 2));
        Await.until(Duration.ofSeconds(10), "version 2 indexed",
                () -> index.get(TargetType.PROFILE, centre).map(c -> c.version() == 2).orElse(false));
        announcer.drain();
        assertEquals(forCentre.size(), allAnnouncements().stream().filter(a -> a.targetId().equals(centre)).count());

        // The seeds were on the topics before the service started: replaying them announced nothing.
        List<RecommendationAvailable> all = allAnnouncements();
        assertTrue(all.size() >= forCentre.size());
        assertTrue(all.stream().noneMatch(a -> SEEDS.contains(a.targetId())),
                "replayed records were announced: " + all.stream().filter(a -> SEEDS.contains(a.targetId())).toList());
    }

    @Test
    void aRecipientGetsAtMostTheDailyCapAndTheRestIsRecordedAsRateLimited() {
        UUID lab = UUID.randomUUID();
        events.upsert(profile(lab, "Nordic Perovskite Lab", "RESEARCH_INSTITUTE", "FI", List.of("ENERGY"),
                "Perovskite tandem solar cell fabrication, encapsulation and outdoor reliability testing.",
                "Roll-to-roll coating lines and industrial partners to scale perovskite tandem module production.",
                List.of("perovskite", "tandem solar"), List.of("JOINT_RESEARCH", "TECHNOLOGY_TRANSFER"), List.of("en"), 1));
        Await.until(Duration.ofSeconds(10), "recipient indexed", () -> index.get(TargetType.PROFILE, lab).isPresent());
        String[] countries = {"CN", "DE", "PL", "CA"};
        for (int i = 0; i < countries.length; i++) {
            events.upsert(profile(UUID.randomUUID(), "Tandem Module Maker " + i, "ENTERPRISE", countries[i], List.of("ENERGY"),
                    "Roll-to-roll coating lines and industrial production of perovskite tandem modules.",
                    "Perovskite tandem solar cell fabrication and outdoor reliability testing partners.",
                    List.of("perovskite", "tandem solar"), List.of("JOINT_RESEARCH", "TECHNOLOGY_TRANSFER"), List.of("en"), 1));
        }
        Await.until(Duration.ofSeconds(30), "four decisions for the lab",
                () -> RecommendationNotice.count("recipientProfileId", lab.toString()) == 4);
        List<RecommendationNotice> notices = RecommendationNotice.list("recipientProfileId", lab.toString());
        assertEquals(1, notices.stream().filter(n -> n.status.equals(RecommendationNotice.RATE_LIMITED)).count(), notices.toString());
        Await.until(Duration.ofSeconds(10), "three published", () -> RecommendationNotice.count("recipientProfileId = ?1 and status = ?2",
                lab.toString(), RecommendationNotice.PUBLISHED) == 3);

        List<RecommendationAvailable> toLab = announcementsUntil(list -> list.stream()
                .filter(a -> a.recipientProfileId().equals(lab)).count() >= 3)
                .stream().filter(a -> a.recipientProfileId().equals(lab)).toList();
        assertEquals(3, toLab.size(), "the daily cap is 3: " + toLab);
        UUID limited = UUID.fromString(notices.stream().filter(n -> n.status.equals(RecommendationNotice.RATE_LIMITED))
                .findFirst().orElseThrow().targetId);
        assertTrue(toLab.stream().noneMatch(a -> a.targetId().equals(limited)));
    }

    /** Every RecommendationAvailable on the topic, read from the beginning until the condition holds (10 s at most). */
    private static List<RecommendationAvailable> announcementsUntil(Predicate<List<RecommendationAvailable>> done) {
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.readUntil(KafkaTestResource.broker().bootstrapServers(),
                Topics.MATCHES, rs -> done.test(decode(rs)), Duration.ofSeconds(10));
        return decode(records);
    }

    /** Every RecommendationAvailable on the topic up to its current end. */
    private static List<RecommendationAvailable> allAnnouncements() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.MATCHES).stream()
                    .map(p -> new TopicPartition(Topics.MATCHES, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Await.until(Duration.ofSeconds(10), "read to the end of " + Topics.MATCHES, () -> {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
            });
        }
        return decode(records);
    }

    private static List<RecommendationAvailable> decode(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .filter(r -> EventType.RECOMMENDATION_AVAILABLE.type().equals(TopicRecords.header(r, "ce_type")))
                .map(r -> {
                    Map<String, String> headers = TopicRecords.headers(r);
                    EventEnvelope<Object> e = EventEnvelope.fromKafka(headers, r.value());
                    assertEquals(r.key(), e.subject());
                    return (RecommendationAvailable) e.data();
                }).toList();
    }
}
