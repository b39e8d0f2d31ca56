package org.innomatch.matching.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.ScoredCandidate;
import org.innomatch.matching.index.SectorCodes;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.index.TextAnalyzers;
import org.innomatch.matching.index.TextLanguage;
import org.innomatch.matching.recommendations.RecommendationFilters;
import org.innomatch.matching.recommendations.ReciprocalScorer;
import org.innomatch.matching.recommendations.RetrievalQuery;
import org.innomatch.matching.recommendations.ScoredPair;
import org.innomatch.matching.recommendations.ScoringWeights;

/**
 * Offline match-quality evaluation on the labelled Beijing set ({@code evaluation/beijing-eval.json}): builds a
 * {@link CandidateIndex} in process, ranks partners and projects for every labelled query with the engine
 * (BM25 retrieval as {@code RecommendationService} builds it, then {@link ReciprocalScorer}) and with a
 * sector-overlap baseline, and computes precision@5, recall@10 and graded NDCG@10 (macro averages over the
 * labelled lists; a query with no labelled projects contributes no project list).
 *
 * <p>Run: {@code ./mvnw -B -o -pl matching-service test -Dtest=MatchQualityTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (prints the table), or run {@link #main} from the test classpath.
 */
public final class MatchQualityEvaluation implements AutoCloseable {

    public static final String DATASET = "/evaluation/beijing-eval.json";
    static final int RETRIEVAL_DEPTH = 200;

    /** One labelled list: the query profile, the target type and graded labels (candidate key -> 1 or 2). */
    public record LabelledList(Candidate requester, TargetType targetType, Map<UUID, Integer> relevance) {
    }

    /** Macro-averaged figures of one ranker over some lists. */
    public record Figures(double precisionAt5, double recallAt10, double ndcgAt10, int lists) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P@5=%.3f R@10=%.3f NDCG@10=%.3f (%d lists)", precisionAt5, recallAt10, ndcgAt10, lists);
        }
    }

    /** A ranker: requester and target type -> ranked target ids, best first. */
    public interface Ranker extends BiFunction<Candidate, TargetType, List<UUID>> {
    }

    private final Map<String, Candidate> byName = new LinkedHashMap<>();
    private final List<LabelledList> lists = new ArrayList<>();
    private final CandidateIndex index = new CandidateIndex(new TextAnalyzers(), 60_000);
    private final ReciprocalScorer scorer = new ReciprocalScorer(ScoringWeights.DEFAULTS, index.analyzers());
    private final RetrievalQuery retrieval = new RetrievalQuery(index.analyzers(), RetrievalQuery.Frequencies.of(index));

    public MatchQualityEvaluation() {
        this(DATASET);
    }

    public MatchQualityEvaluation(String resource) {
        JsonNode root;
        try (InputStream in = MatchQualityEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> languagesOf = new HashMap<>();
        for (JsonNode p : root.get("profiles")) {
            String name = p.get("id").asText();
            UUID id = idOf(name);
            List<String> languages = strings(p, "languages");
            languagesOf.put(name, languages);
            String offers = p.get("offers").asText();
            String needs = p.get("needs").asText();
            put(name, new Candidate(TargetType.PROFILE, id, id, name, p.get("kind").asText(), p.get("country").asText(),
                    strings(p, "sectors"), strings(p, "cooperation"), languages, lower(strings(p, "keywords")), null,
                    offers, TextLanguage.detect(offers, languages), needs, TextLanguage.detect(needs, languages), false, 1));
        }
        for (JsonNode p : root.get("projects")) {
            String name = p.get("id").asText();
            String owner = p.get("owner").asText();
            Candidate ownerProfile = require(owner);
            List<String> languages = languagesOf.get(owner);
            String text = p.get("title").asText() + ". " + p.get("summary").asText();
            TextLanguage language = TextLanguage.detect(text, languages);
            put(name, new Candidate(TargetType.PROJECT, idOf(name), ownerProfile.id(), name, null, p.get("country").asText(),
                    strings(p, "sectors"), strings(p, "cooperation"), languages, lower(strings(p, "keywords")),
                    p.get("trl").asInt(), text, language, text, language, false, 1));
        }
        byName.values().forEach(index::upsert);
        index.refresh();
        for (JsonNode q : root.get("queries")) {
            Candidate requester = require(q.get("profile").asText());
            if (requester.type() != TargetType.PROFILE) {
                throw new IllegalStateException("query must be a profile: " + requester.name());
            }
            addList(requester, TargetType.PROFILE, q.get("partners"));
            addList(requester, TargetType.PROJECT, q.get("projects"));
        }
    }

    private void addList(Candidate requester, TargetType type, JsonNode labels) {
        if (labels == null || labels.isEmpty()) {
            return;
        }
        Map<UUID, Integer> relevance = new LinkedHashMap<>();
        for (JsonNode l : labels) {
            Candidate target = require(l.get("id").asText());
            int rel = l.get("relevance").asInt();
            if (target.type() != type || rel < 1 || rel > 2 || l.path("reason").asText().isBlank()
                    || target.ownerProfileId().equals(requester.id()) || relevance.put(target.id(), rel) != null) {
                throw new IllegalStateException("bad label " + l + " for " + requester.name());
            }
        }
        lists.add(new LabelledList(requester, type, relevance));
    }

    public List<LabelledList> lists() {
        return lists;
    }

    public String nameOf(UUID id) {
        return byName.values().stream().filter(c -> c.id().equals(id)).map(Candidate::name).findFirst().orElse(id.toString());
    }

    /** The engine: the same retrieval query and re-ranking as {@code RecommendationService}, without filters or interests. */
    public List<UUID> engine(Candidate requester, TargetType targetType) {
        Set<String> excluded = Set.of(requester.key());
        String excludedOwner = targetType == TargetType.PROJECT ? requester.id().toString() : null;
        ReciprocalScorer.Session session = scorer.session(requester);
        List<ScoredPair> ranked = new ArrayList<>();
        for (ScoredCandidate hit : index.search(retrieval.build(requester, targetType, RecommendationFilters.NONE, excluded, excludedOwner, null), RETRIEVAL_DEPTH)) {
            ranked.add(session.score(hit.candidate()));
        }
        ranked.sort(Comparator.comparingDouble(ScoredPair::score).reversed().thenComparing(p -> p.target().id()));
        return ranked.stream().map(p -> p.target().id()).toList();
    }

    /**
     * The baseline: for each of the requester's sector codes the best {@link SectorCodes#similarity} with the
     * target's codes (same code 1, same family 0.5), summed; targets sharing nothing are not listed; ties by id.
     */
    public List<UUID> sectorBaseline(Candidate requester, TargetType targetType) {
        record Scored(UUID id, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : index.all()) {
            if (c.type() != targetType || c.key().equals(requester.key()) || requester.id().equals(c.ownerProfileId())) {
                continue;
            }
            double s = 0;
            for (String mine : requester.sectors()) {
                s += c.sectors().stream().mapToDouble(theirs -> SectorCodes.similarity(mine, theirs)).max().orElse(0);
            }
            if (s > 0) {
                scored.add(new Scored(c.id(), s));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id));
        return scored.stream().map(Scored::id).toList();
    }

    /** Macro averages of a ranker over the labelled lists of one target type, or all lists if {@code type} is null. */
    public Figures evaluate(Ranker ranker, TargetType type) {
        double p5 = 0;
        double r10 = 0;
        double ndcg = 0;
        int n = 0;
        for (LabelledList list : lists) {
            if (type != null && list.targetType() != type) {
                continue;
            }
            List<UUID> ranking = ranker.apply(list.requester(), list.targetType());
            p5 += precisionAt(ranking, list.relevance(), 5);
            r10 += recallAt(ranking, list.relevance(), 10);
            ndcg += ndcgAt(ranking, list.relevance(), 10);
            n++;
        }
        return n == 0 ? new Figures(0, 0, 0, 0) : new Figures(p5 / n, r10 / n, ndcg / n, n);
    }

    static double precisionAt(List<UUID> ranking, Map<UUID, Integer> rel, int k) {
        return ranking.stream().limit(k).filter(rel::containsKey).count() / (double) k;
    }

    static double recallAt(List<UUID> ranking, Map<UUID, Integer> rel, int k) {
        return ranking.stream().limit(k).filter(rel::containsKey).count() / (double) rel.size();
    }

    /** Graded NDCG with gain 2^rel - 1 and log2(rank + 1) discount. */
    static double ndcgAt(List<UUID> ranking, Map<UUID, Integer> rel, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += gain(rel.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = rel.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int rel) {
        return Math.pow(2, rel) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The figures table: engine vs baseline, for partners, projects and all lists. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-9s %-9s %6s %6s %8s %6s%n", "lists", "ranker", "P@5", "R@10", "NDCG@10", "n"));
        for (TargetType type : new TargetType[] {TargetType.PROFILE, TargetType.PROJECT, null}) {
            String label = type == null ? "all" : type == TargetType.PROFILE ? "partners" : "projects";
            row(sb, label, "engine", evaluate(this::engine, type));
            row(sb, label, "baseline", evaluate(this::sectorBaseline, type));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String lists, String ranker, Figures f) {
        sb.append(String.format(Locale.ROOT, "%-9s %-9s %6.3f %6.3f %8.3f %6d%n", lists, ranker, f.precisionAt5(), f.recallAt10(), f.ndcgAt10(), f.lists()));
    }

    /** Per-query top 5 of both rankers, labelled hits marked with their grade (for looking at failures). */
    public String details() {
        StringBuilder sb = new StringBuilder();
        for (LabelledList list : lists) {
            sb.append(list.requester().name()).append(" -> ").append(list.targetType()).append('\n');
            sb.append("  engine:   ").append(top(engine(list.requester(), list.targetType()), list.relevance())).append('\n');
            sb.append("  baseline: ").append(top(sectorBaseline(list.requester(), list.targetType()), list.relevance())).append('\n');
        }
        return sb.toString();
    }

    private String top(List<UUID> ranking, Map<UUID, Integer> rel) {
        List<String> out = new ArrayList<>();
        for (UUID id : ranking.stream().limit(5).toList()) {
            out.add(nameOf(id) + (rel.containsKey(id) ? "[" + rel.get(id) + "]" : ""));
        }
        return String.join(", ", out);
    }

    private Candidate require(String name) {
        Candidate c = byName.get(name);
        if (c == null) {
            throw new IllegalStateException("unknown id in dataset: " + name);
        }
        return c;
    }

    private void put(String name, Candidate c) {
        if (byName.put(name, c) != null) {
            throw new IllegalStateException("duplicate id in dataset: " + name);
        }
    }

    static UUID idOf(String name) {
        return UUID.nameUUIDFromBytes(("innomatch-eval:" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.path(field).forEach(v -> out.add(v.asText()));
        return out;
    }

    private static Set<String> lower(List<String> values) {
        Set<String> out = new TreeSet<>();
        values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
        return out;
    }

    @Override
    public void close() {
        index.close();
    }

    public static void main(String[] args) {
        try (MatchQualityEvaluation evaluation = new MatchQualityEvaluation()) {
            System.out.print(evaluation.table());
            if (args.length > 0 && args[0].equals("--details")) {
                System.out.print(evaluation.details());
            }
        }
    }
}
