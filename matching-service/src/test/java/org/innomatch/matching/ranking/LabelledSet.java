package org.innomatch.matching.ranking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.index.TextLanguage;

/**
 * A labelled set in the format of the project's evaluation sets (profiles, projects and graded judgements keyed
 * by short keys; see {@code src/test/resources/evaluation/}). Candidates are built as {@code CandidateProjector}
 * builds them from events, so the ranking sees what the service would see.
 */
public record LabelledSet(String name, Map<String, Candidate> candidates, Map<String, String> textLanguages,
                          List<Judgement> judgements) {

    /** One graded list: the query profile's key, the list type, grades by candidate key, distractors and tags. */
    public record Judgement(String query, TargetType targetType, Map<String, Integer> relevant, Set<String> distractors,
                            List<String> tags, String why) {
    }

    public static LabelledSet read(Path file) {
        try {
            return parse(file.getFileName().toString(), new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelledSet parse(String name, JsonNode root) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Map<String, String> textLanguages = new LinkedHashMap<>();
        for (JsonNode p : root.get("profiles")) {
            String key = p.get("key").asText();
            UUID id = idOf(key);
            List<String> languages = strings(p, "languages");
            String offers = p.path("offers").asText("");
            String needs = p.path("needs").asText("");
            candidates.put(key, new Candidate(TargetType.PROFILE, id, id, p.path("name").asText(""), p.get("kind").asText(),
                    p.path("country").asText(null), strings(p, "sectors"), strings(p, "cooperationTypes"), languages,
                    lower(strings(p, "keywords")), null, offers, TextLanguage.detect(offers, languages), needs,
                    TextLanguage.detect(needs, languages), false, 1));
            textLanguages.put(key, p.path("textLang").asText("und"));
        }
        for (JsonNode j : root.get("projects")) {
            String key = j.get("key").asText();
            Candidate owner = Objects.requireNonNull(candidates.get(j.get("ownerKey").asText()), "owner of " + key);
            String text = j.path("title").asText("") + ". " + j.path("summary").asText("");
            TextLanguage language = TextLanguage.detect(text, owner.languages());
            candidates.put(key, new Candidate(TargetType.PROJECT, idOf(key), owner.id(), j.path("title").asText(""), null,
                    j.path("country").asText(null), strings(j, "sectors"), strings(j, "cooperationTypes"), owner.languages(),
                    lower(strings(j, "keywords")), j.hasNonNull("trl") ? j.get("trl").asInt() : null, text, language, text,
                    language, false, 1));
            textLanguages.put(key, j.path("textLang").asText("und"));
        }
        List<Judgement> judgements = new ArrayList<>();
        for (JsonNode jd : root.get("judgements")) {
            Map<String, Integer> relevant = new LinkedHashMap<>();
            jd.get("relevant").fields().forEachRemaining(e -> relevant.put(e.getKey(), e.getValue().asInt()));
            judgements.add(new Judgement(jd.get("query").asText(),
                    "partners".equals(jd.get("type").asText()) ? TargetType.PROFILE : TargetType.PROJECT, relevant,
                    Set.copyOf(strings(jd, "distractors")), strings(jd, "tags"),
                    jd.path("why").asText("")));
        }
        return new LabelledSet(name, candidates, textLanguages, judgements);
    }

    /** The candidates a judgement's list ranks: other profiles, or projects the query does not own. */
    public List<String> pool(Judgement judgement) {
        Candidate query = candidates.get(judgement.query());
        return candidates.entrySet().stream()
                .filter(e -> e.getValue().type() == judgement.targetType())
                .filter(e -> !e.getKey().equals(judgement.query()))
                .filter(e -> !query.id().equals(e.getValue().ownerProfileId()) || e.getValue().type() == TargetType.PROFILE)
                .map(Map.Entry::getKey).toList();
    }

    /** The judgement's tags plus {@code cross-language} when every grade-2 item is in another language than the query. */
    public List<String> tagsOf(Judgement judgement) {
        List<String> tags = new ArrayList<>(judgement.tags());
        String q = textLanguages.get(judgement.query());
        List<String> best = judgement.relevant().entrySet().stream().filter(e -> e.getValue() == 2).map(Map.Entry::getKey).toList();
        if (best.isEmpty()) {
            best = List.copyOf(judgement.relevant().keySet());
        }
        if (!tags.contains("cross-language") && best.stream().allMatch(k -> !Objects.equals(textLanguages.get(k), q))) {
            tags.add("cross-language");
        }
        return tags;
    }

    /**
     * The language pairs of a list, query language → language of a grade-2 item (of any relevant item when none is
     * graded 2), one per distinct pair: figures by pair show where glossing carries the match and where it does not.
     */
    public List<String> languagePairsOf(Judgement judgement) {
        String q = textLanguages.getOrDefault(judgement.query(), "?");
        List<String> best = judgement.relevant().entrySet().stream().filter(e -> e.getValue() == 2).map(Map.Entry::getKey).toList();
        if (best.isEmpty()) {
            best = List.copyOf(judgement.relevant().keySet());
        }
        return best.stream().map(k -> q + "→" + textLanguages.getOrDefault(k, "?")).distinct().sorted().toList();
    }

    static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Set<String> lower(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
