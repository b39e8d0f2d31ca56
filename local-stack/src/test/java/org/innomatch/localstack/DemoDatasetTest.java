package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The demo dataset itself: big enough, consistent, and valid against the services' own rules, read from their
 * sources (taxonomy file, request records) so that a change there shows up here rather than at load time.
 */
class DemoDatasetTest {

    /** Surefire runs in the module directory; the services' sources are next to it. */
    private static final Path PROFILE_SERVICE = Path.of("../profile-service/src/main");
    private static final Path PROJECT_SERVICE = Path.of("../project-service/src/main");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toSet());
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern POLISH_LETTERS = Pattern.compile("[ąćęłńśźżĄĆĘŁŃŚŹŻ]");
    private static final Pattern GERMAN_WORDS = Pattern.compile("\\b(und|wir|für|die|der|mit)\\b");

    private static DemoDataset dataset;
    private static Set<String> kinds;
    private static Set<String> sectors;
    private static Set<String> cooperationTypes;
    private static FieldLimits profileLimits;
    private static FieldLimits projectLimits;
    private static FieldLimits eventLimits;

    @BeforeAll
    static void read() throws IOException {
        dataset = DemoDataset.load();
        JsonNode taxonomy = new ObjectMapper().readTree(PROFILE_SERVICE.resolve("resources/taxonomy/taxonomy.json").toFile());
        kinds = codes(taxonomy.path("kinds"));
        sectors = codes(taxonomy.path("sectors"));
        cooperationTypes = codes(taxonomy.path("cooperationTypes"));
        profileLimits = FieldLimits.of(PROFILE_SERVICE.resolve("java/org/innomatch/profile/profiles/ProfileRequest.java"));
        projectLimits = FieldLimits.of(PROJECT_SERVICE.resolve("java/org/innomatch/project/projects/ProjectRequest.java"));
        eventLimits = FieldLimits.of(PROJECT_SERVICE.resolve("java/org/innomatch/project/matchmaking/EventRequest.java"));
    }

    @Test
    void isBigEnoughForTheStory() {
        assertTrue(dataset.profiles().size() >= 60, "profiles: " + dataset.profiles().size());
        assertTrue(dataset.projects().size() >= 12, "projects: " + dataset.projects().size());
        assertNotNull(dataset.event(), "the event");
        assertTrue(dataset.event().registrations().size() >= dataset.profiles().size() * 3 / 4,
                "most profiles register: " + dataset.event().registrations().size());
    }

    @Test
    void keysAreUniqueAndStable() {
        List<String> keys = new ArrayList<>();
        dataset.profiles().forEach(profile -> keys.add(profile.key()));
        dataset.projects().forEach(project -> keys.add(project.key()));
        keys.add(dataset.event().key());
        dataset.event().sessions().forEach(session -> keys.add(session.key()));
        Set<String> seen = new HashSet<>();
        List<String> duplicates = keys.stream().filter(key -> !seen.add(key)).toList();
        assertEquals(List.of(), duplicates, "duplicate keys");
        keys.forEach(key -> assertTrue(key != null && key.matches("[a-z0-9]+(-[a-z0-9]+)*"), "key '" + key + "'"));
    }

    @Test
    void projectOwnersAndRegistrationsAreDatasetProfiles() {
        Set<String> profileKeys = dataset.profiles().stream().map(DemoProfile::key).collect(Collectors.toSet());
        assertAll(dataset.projects().stream().map(project -> (Executable) () ->
                assertTrue(profileKeys.contains(project.owner()), project.key() + " owner " + project.owner())));
        assertAll(dataset.event().registrations().stream().map(key -> (Executable) () ->
                assertTrue(profileKeys.contains(key), "registration of " + key)));
        assertEquals(dataset.event().registrations().size(), Set.copyOf(dataset.event().registrations()).size(),
                "each profile registers once");
    }

    @Test
    void theProgrammeHasPolicyTalksByCounsellorsAndPitchesOfDatasetProjectsOnTheEventsDay() {
        DemoEvent event = dataset.event();
        Map<String, String> kinds = dataset.profiles().stream()
                .collect(Collectors.toMap(DemoProfile::key, DemoProfile::kind));
        Set<String> projects = dataset.projects().stream().map(DemoProject::key).collect(Collectors.toSet());
        OffsetDateTime day = OffsetDateTime.parse(event.startsAt());
        List<Executable> checks = new ArrayList<>();
        for (DemoSession session : event.sessions()) {
            OffsetDateTime from = OffsetDateTime.parse(session.startsAt());
            OffsetDateTime to = OffsetDateTime.parse(session.endsAt());
            checks.add(() -> assertTrue(to.isAfter(from) && from.toLocalDate().equals(day.toLocalDate())
                    && from.getOffset().equals(day.getOffset()), session.key() + " on the event's day"));
            checks.add(() -> assertTrue(session.speakers().stream().allMatch(kinds::containsKey),
                    session.key() + " speakers " + session.speakers()));
            checks.add(() -> assertEquals("ROADSHOW_PITCH".equals(session.kind()), session.project() != null,
                    session.key() + ": a pitch, and only a pitch, names a project"));
            checks.add(() -> assertTrue(session.project() == null || projects.contains(session.project()),
                    session.key() + " pitches " + session.project()));
            if ("POLICY_PRESENTATION".equals(session.kind())) {
                checks.add(() -> assertEquals(List.of("DIPLOMAT"), session.speakers().stream().map(kinds::get)
                        .distinct().toList(), session.key() + " is given by a counsellor"));
            }
        }
        assertAll(checks);
        assertTrue(event.sessions().stream().filter(s -> "ROADSHOW_PITCH".equals(s.kind())).count() >= 2);
        assertTrue(event.sessions().stream().anyMatch(s -> "POLICY_PRESENTATION".equals(s.kind())));
    }

    @Test
    void profilesAreValidForProfileService() {
        List<Executable> checks = new ArrayList<>();
        for (DemoProfile p : dataset.profiles()) {
            String at = "profile " + p.key() + ": ";
            checks.add(() -> assertTrue(kinds.contains(p.kind()), at + "kind " + p.kind()));
            checks.add(() -> assertTrue(COUNTRIES.contains(p.country()), at + "country " + p.country()));
            checks.add(() -> assertFalse(p.sectors().isEmpty(), at + "no sector"));
            checks.add(() -> assertEachIn(sectors, p.sectors(), at + "sector"));
            checks.add(() -> assertEachIn(cooperationTypes, p.cooperationTypes(), at + "cooperation type"));
            checks.add(() -> assertEachIn(LANGUAGES, p.languages(), at + "language"));
            checks.add(() -> assertTrue(List.of("PUBLIC", "PARTICIPANTS_ONLY").contains(p.visibility()),
                    at + "visibility " + p.visibility() + " (HIDDEN profiles would not be listed)"));
            checks.add(() -> profileLimits.checkText(at, "name", p.name()));
            checks.add(() -> profileLimits.checkText(at, "kind", p.kind()));
            checks.add(() -> profileLimits.checkText(at, "organization", p.organization()));
            checks.add(() -> profileLimits.checkText(at, "offers", p.offers()));
            checks.add(() -> profileLimits.checkText(at, "needs", p.needs()));
            checks.add(() -> profileLimits.checkList(at, "sectors", p.sectors()));
            checks.add(() -> profileLimits.checkList(at, "keywords", p.keywords()));
            checks.add(() -> profileLimits.checkList(at, "cooperationTypes", p.cooperationTypes()));
            checks.add(() -> profileLimits.checkList(at, "languages", p.languages()));
            checks.add(() -> assertTrue(weight(p.offers()) >= 80 && weight(p.needs()) >= 60,
                    at + "offers and needs say something concrete"));
            checks.add(() -> assertNotNull(p.contact(), at + "contact"));
            checks.add(() -> assertTrue(p.contact().email().matches("^[^@\\s]+@[^@\\s]+\\.example(\\.[a-z]+)?$")
                    || p.contact().email().matches("^[^@\\s]+@([a-z0-9-]+\\.)*example\\.(com|org|net|[a-z]{2})$"),
                    at + "e-mail on an example domain: " + p.contact().email()));
            checks.add(() -> assertTrue(p.contact().phone() == null || p.contact().phone().matches("^\\+?[0-9 ()./-]{3,40}$"),
                    at + "phone " + p.contact().phone()));
            checks.add(() -> assertTrue(p.contact().website() == null || p.contact().website().matches("^https://[^\\s]*example[^\\s]*$"),
                    at + "website on an example domain: " + p.contact().website()));
        }
        assertAll(checks);
    }

    @Test
    void projectsAreValidForProjectService() {
        List<Executable> checks = new ArrayList<>();
        for (DemoProject j : dataset.projects()) {
            String at = "project " + j.key() + ": ";
            checks.add(() -> assertTrue(COUNTRIES.contains(j.country()), at + "country " + j.country()));
            checks.add(() -> assertFalse(j.sectors().isEmpty(), at + "no sector"));
            checks.add(() -> assertEachIn(sectors, j.sectors(), at + "sector"));
            checks.add(() -> assertEachIn(cooperationTypes, j.cooperationTypes(), at + "cooperation type"));
            checks.add(() -> assertTrue(j.trl() != null && j.trl() >= 1 && j.trl() <= 9, at + "trl " + j.trl()));
            checks.add(() -> assertTrue(CURRENCIES.contains(j.fundingSought().currency()),
                    at + "currency " + j.fundingSought().currency()));
            checks.add(() -> assertTrue(j.fundingSought().amount().signum() > 0 && j.fundingSought().amount().scale() <= 2,
                    at + "amount " + j.fundingSought().amount()));
            checks.add(() -> projectLimits.checkText(at, "title", j.title()));
            checks.add(() -> projectLimits.checkText(at, "summary", j.summary()));
            checks.add(() -> projectLimits.checkList(at, "sectors", j.sectors()));
            checks.add(() -> projectLimits.checkList(at, "cooperationTypes", j.cooperationTypes()));
            checks.add(() -> projectLimits.checkList(at, "keywords", j.keywords()));
        }
        assertAll(checks);
    }

    @Test
    void theEventIsTheFifthBeijingMatchmakingEventAndValidForProjectService() {
        DemoEvent event = dataset.event();
        OffsetDateTime startsAt = OffsetDateTime.parse(event.startsAt());
        OffsetDateTime endsAt = OffsetDateTime.parse(event.endsAt());
        assertAll(
                () -> assertTrue(event.name().startsWith("5th Matchmaking Event for Innovation Resources"), event.name()),
                () -> eventLimits.checkText("event: ", "name", event.name()),
                () -> eventLimits.checkText("event: ", "city", event.city()),
                () -> assertEquals("Beijing", event.city()),
                () -> assertEquals(ZoneId.of("Asia/Shanghai"), ZoneId.of(event.timezone())),
                () -> assertEquals(ZoneId.of("Asia/Shanghai").getRules().getOffset(startsAt.toInstant()), startsAt.getOffset(),
                        "startsAt at the venue's offset"),
                () -> assertTrue(endsAt.isAfter(startsAt)),
                () -> assertTrue(Duration.between(startsAt, endsAt).toMinutes() >= event.slotMinutes()),
                () -> assertEquals(2027, startsAt.getYear()),
                () -> assertTrue(startsAt.getMonthValue() >= 3 && startsAt.getMonthValue() <= 5, "spring"),
                () -> assertEquals(20, event.slotMinutes()),
                () -> assertTrue(event.tables() >= 20 && event.tables() <= 40, "about 30 tables"),
                () -> assertEquals("OPEN", event.status()));
    }

    @Test
    void speaksTheLanguagesOfTheParticipants() {
        assertTrue(countTexts(text -> HAN.matcher(text).find()) >= 3, "at least 3 profiles with Chinese text");
        assertTrue(countTexts(text -> POLISH_LETTERS.matcher(text).find()) >= 1, "a profile in Polish");
        assertTrue(countTexts(text -> GERMAN_WORDS.matcher(text).results().count() >= 3
                && text.matches("(?s).*[äöüß].*")) >= 1, "a profile in German");
    }

    @Test
    void theStorysCountriesAndKindsAreThere() {
        Set<String> represented = dataset.profiles().stream().map(DemoProfile::representedCountryOrUnion)
                .collect(Collectors.toSet());
        assertTrue(represented.containsAll(List.of("EU", "IL", "CA", "PK", "PL", "CN", "DE")), represented.toString());
        Map<String, Long> diplomatsByCountry = dataset.profiles().stream()
                .filter(p -> p.kind().equals("DIPLOMAT") || p.kind().equals("GOVERNMENT"))
                .collect(Collectors.groupingBy(DemoProfile::representedCountryOrUnion, Collectors.counting()));
        for (String country : List.of("EU", "IL", "CA", "PK", "PL", "DE")) {
            assertTrue(diplomatsByCountry.getOrDefault(country, 0L) >= 1, "a diplomat or counsellor of " + country);
        }
        Set<String> kindsUsed = dataset.profiles().stream().map(DemoProfile::kind).collect(Collectors.toSet());
        assertEquals(kinds, kindsUsed, "every kind of participant is in the dataset");
        Set<String> projectCountries = dataset.projects().stream().map(DemoProject::country).collect(Collectors.toSet());
        assertTrue(projectCountries.containsAll(List.of("CA", "PL", "IL")), "roadshow projects from " + projectCountries);
        Set<String> projectSectors = dataset.projects().stream().flatMap(j -> j.sectors().stream())
                .map(code -> code.split("\\.")[0]).collect(Collectors.toSet());
        assertTrue(projectSectors.containsAll(List.of("HEALTH", "AI", "MANUFACTURING", "FINTECH")), projectSectors.toString());
        assertTrue(dataset.profiles().stream().anyMatch(p -> p.organization().contains("Technology Transaction Promotion")),
                "the organiser");
        assertTrue(dataset.firstDiplomat().isPresent());
    }

    @Test
    void everyOrganisationIsInventedAndUsesExampleDomainsOnly() {
        // A guard, not a proof: the dataset's own note says everything is fictional, and no contact leaves the
        // reserved example domains (RFC 2606), so nothing in it can reach a real person.
        assertTrue(dataset.description().toLowerCase(Locale.ROOT).contains("fictional"));
        for (DemoProfile p : dataset.profiles()) {
            assertTrue(p.contact().email().contains("example"), p.key());
        }
    }

    /** Length of a text, a Chinese character counting as three letters (about one English word). */
    private static int weight(String text) {
        return text.length() + 2 * (int) HAN.matcher(text).results().count();
    }

    private static long countTexts(Predicate<String> language) {
        return dataset.profiles().stream().filter(p -> language.test(p.offers()) || language.test(p.needs())).count();
    }

    private static void assertEachIn(Set<String> allowed, List<String> values, String what) {
        for (String value : values) {
            assertTrue(allowed.contains(value), what + " '" + value + "' is not one of " + allowed);
        }
    }

    private static Set<String> codes(JsonNode entries) {
        Set<String> codes = new HashSet<>();
        for (JsonNode entry : entries) {
            codes.add(entry.path("code").asText());
            codes.addAll(codes(entry.path("children")));
        }
        return codes;
    }

    /**
     * The {@code @Size(max = n)} bounds of a request record, read from its source: for text fields the length,
     * for list fields the number of items and the length of each.
     */
    record FieldLimits(Path source, Map<String, Integer> textMax, Map<String, Integer> listMax,
                       Map<String, Integer> itemMax) {

        private static final Pattern TEXT = Pattern.compile("@Size\\(max = (\\d+)\\)\\s+String\\s+(\\w+)");
        private static final Pattern LIST = Pattern.compile(
                "@Size\\(max = (\\d+)\\)\\s+List<[^>]*?@Size\\(max = (\\d+)\\)\\s*String>\\s+(\\w+)");

        static FieldLimits of(Path source) throws IOException {
            String code = Files.readString(source);
            Map<String, Integer> text = new HashMap<>();
            Map<String, Integer> list = new HashMap<>();
            Map<String, Integer> item = new HashMap<>();
            Matcher m = TEXT.matcher(code);
            while (m.find()) {
                text.put(m.group(2), Integer.parseInt(m.group(1)));
            }
            m = LIST.matcher(code);
            while (m.find()) {
                list.put(m.group(3), Integer.parseInt(m.group(1)));
                item.put(m.group(3), Integer.parseInt(m.group(2)));
            }
            assertFalse(text.isEmpty() && list.isEmpty(), "no @Size bounds found in " + source);
            return new FieldLimits(source, text, list, item);
        }

        void checkText(String at, String field, String value) {
            if (!textMax.containsKey(field)) {
                assertTrue(value == null || !value.isBlank(), at + field + " is blank");
                return;
            }
            assertNotNull(value, at + field);
            assertTrue(value.length() <= textMax.get(field), at + field + " is " + value.length()
                    + " characters, more than the " + textMax.get(field) + " of " + source.getFileName());
        }

        void checkList(String at, String field, List<String> values) {
            assertTrue(listMax.containsKey(field), "no bound for " + field + " found in " + source.getFileName()
                    + " (found " + listMax.keySet() + ")");
            assertTrue(values.size() <= listMax.get(field), at + field + " has " + values.size()
                    + " items, more than " + listMax.get(field));
            for (String value : values) {
                assertTrue(!value.isBlank() && value.length() <= itemMax.get(field), at + field + " item '" + value
                        + "' is blank or longer than " + itemMax.get(field));
            }
            assertEquals(values.size(), Set.copyOf(values).size(), at + field + " has duplicates: " + values);
        }
    }

    @Test
    void theLimitsAreReallyReadFromTheRequestRecords() {
        assertEquals(4000, profileLimits.textMax().get("offers"));
        assertEquals(200, profileLimits.textMax().get("name"));
        assertEquals(20, profileLimits.listMax().get("keywords"));
        assertEquals(4000, projectLimits.textMax().get("summary"));
        assertEquals(10, projectLimits.listMax().get("sectors"));
        assertEquals(8, projectLimits.listMax().get("cooperationTypes"));
        assertTrue(Arrays.asList(200, 100).containsAll(List.of(eventLimits.textMax().get("name"), eventLimits.textMax().get("city"))));
    }
}
