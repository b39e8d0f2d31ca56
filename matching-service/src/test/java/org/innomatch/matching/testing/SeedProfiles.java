package org.innomatch.matching.testing;

import static org.innomatch.matching.testing.TestEvents.profile;
import static org.innomatch.matching.testing.TestEvents.project;

import java.util.List;
import java.util.UUID;

/**
 * The roadshow of the 5th matchmaking event with S&T diplomats in Beijing, produced to Kafka before the
 * application starts (see {@link ReplaySeedResource}), so the tests see the index built by a replay.
 */
public final class SeedProfiles {

    public static final UUID ISRAELI_MEDTECH = UUID.fromString("11111111-0000-4000-8000-000000000001");
    public static final UUID BEIJING_HOSPITAL = UUID.fromString("11111111-0000-4000-8000-000000000002");
    public static final UUID POLISH_AI_LAB = UUID.fromString("11111111-0000-4000-8000-000000000003");
    public static final UUID CANADIAN_AI = UUID.fromString("11111111-0000-4000-8000-000000000004");
    public static final UUID GERMAN_INSTITUTE = UUID.fromString("11111111-0000-4000-8000-000000000005");
    public static final UUID CHINESE_MEDTECH = UUID.fromString("11111111-0000-4000-8000-000000000006");
    public static final UUID EU_CRO = UUID.fromString("11111111-0000-4000-8000-000000000007");
    /** Produced, then deleted by a tombstone, all before start. */
    public static final UUID WITHDRAWN = UUID.fromString("11111111-0000-4000-8000-000000000008");

    public static final UUID POLISH_IMAGING_PROJECT = UUID.fromString("22222222-0000-4000-8000-000000000001");
    public static final UUID CANADIAN_DRAFT_PROJECT = UUID.fromString("22222222-0000-4000-8000-000000000002");

    private SeedProfiles() {
    }

    public static void produce(TestEvents events) {
        events.upsert(profile(ISRAELI_MEDTECH, "CardioWear", "STARTUP", "IL", List.of("HEALTH.MEDTECH"),
                "Wearable cardiac monitoring device with CE mark; medical device engineering and regulatory expertise.",
                "Clinical validation partner: a hospital to run a clinical trial of our wearable cardiac monitor in Asia.",
                List.of("clinical validation", "wearable", "cardiology"),
                List.of("JOINT_RESEARCH", "PILOT_CUSTOMER", "MARKET_ACCESS"), List.of("en", "he"), 1));
        events.upsert(profile(BEIJING_HOSPITAL, "Beijing Cardiovascular Hospital", "RESEARCH_INSTITUTE", "CN",
                List.of("HEALTH.MEDTECH", "HEALTH"),
                "Clinical trial network of twelve Beijing hospitals; clinical validation of medical devices in our cardiology department.",
                "Innovative wearable cardiac monitoring devices from abroad for joint research and pilot use.",
                List.of("clinical trials", "cardiology", "wearable"),
                List.of("JOINT_RESEARCH", "PILOT_CUSTOMER"), List.of("zh", "en"), 1));
        events.upsert(profile(POLISH_AI_LAB, "Warsaw Medical Imaging Lab", "UNIVERSITY", "PL", List.of("AI", "HEALTH"),
                "AI for medical imaging: deep learning models for CT and MRI analysis.",
                "Annotated imaging data sets and radiology departments for joint studies.",
                List.of("medical imaging", "deep learning"),
                List.of("JOINT_RESEARCH", "TECHNOLOGY_TRANSFER"), List.of("en", "pl"), 1));
        events.upsert(profile(CANADIAN_AI, "MapleML", "ENTERPRISE", "CA", List.of("AI", "FINTECH"),
                "Machine learning platform for fraud detection and credit risk scoring.",
                "Banks and payment companies in Asia as pilot customers.",
                List.of("fraud detection", "machine learning"),
                List.of("PILOT_CUSTOMER", "MARKET_ACCESS"), List.of("en", "fr"), 1));
        events.upsert(profile(GERMAN_INSTITUTE, "Institut für Produktionstechnik", "RESEARCH_INSTITUTE", "DE",
                List.of("MANUFACTURING"),
                "Industrie 4.0, Robotik und additive Fertigung für die intelligente Produktion.",
                "Industriepartner für Pilotprojekte in der intelligenten Fertigung.",
                List.of("industrie 4.0", "robotik"), List.of("JOINT_RESEARCH"), List.of("de", "en"), 1));
        events.upsert(profile(CHINESE_MEDTECH, "北京医疗器械公司", "ENTERPRISE", "CN", List.of("HEALTH.MEDTECH"),
                "我们提供医疗器械的生产和中国市场准入。",
                "需要临床验证合作伙伴",
                List.of("clinical validation", "medtech"), List.of("JOINT_RESEARCH"), List.of("zh"), 1));
        events.upsert(profile(EU_CRO, "EuroTrial CRO", "ENTERPRISE", "NL", List.of("HEALTH.MEDTECH"),
                "Contract research organisation: clinical validation and trial management for medical devices in the EU.",
                "Sponsors from Asia that want to enter the European market.",
                List.of("clinical validation", "medtech"), List.of("JOINT_RESEARCH"), List.of("en", "nl"), 1));
        events.upsert(profile(WITHDRAWN, "Withdrawn Clinic", "RESEARCH_INSTITUTE", "CN", List.of("HEALTH.MEDTECH"),
                "Clinical trial network and clinical validation of wearable cardiac devices.",
                "Wearable cardiac monitoring devices.", List.of("clinical validation", "wearable"),
                List.of("JOINT_RESEARCH"), List.of("en"), 1));
        events.deleteProfile(WITHDRAWN);

        events.upsert(project(POLISH_IMAGING_PROJECT, POLISH_AI_LAB, "AI-assisted CT screening for lung cancer",
                "Deep learning model that flags lung nodules on CT scans; seeks clinical validation partners and investment.",
                "PL", List.of("AI", "HEALTH"), 6, List.of("medical imaging", "clinical validation"), "PUBLISHED", 1));
        events.upsert(project(CANADIAN_DRAFT_PROJECT, CANADIAN_AI, "Fraud detection for cross-border payments",
                "Machine learning fraud detection; clinical validation not needed.", "CA", List.of("FINTECH"), 7,
                List.of("fraud detection", "clinical validation"), "DRAFT", 1));
    }
}
