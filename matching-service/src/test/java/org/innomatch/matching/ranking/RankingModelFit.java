package org.innomatch.matching.ranking;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.ranking.RankingModel.ListKind;
import org.innomatch.matching.semantic.MeaningExtractor;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import com.oracle.labs.mlrg.olcut.util.Pair;

/**
 * Fits the {@link RankingModel} on labelled sets of our own (logistic regression, Tribuo), reports k-fold figures by
 * query on them, and judges the fitted model on other sets it never saw, next to a sector-overlap baseline.
 *
 * <pre>
 * java -cp ... org.innomatch.matching.ranking.RankingModelFit \
 *     --fit src/test/resources/evaluation/innomatch-fit-v1.json [--fit more.json] \
 *     [--judge ../../shared/eval/dataset.json] [--write src/main/resources/ranking/ranking-model.properties]
 * </pre>
 */
public final class RankingModelFit {

    private static final String RELEVANT = "relevant";
    private static final String OTHER = "other";
    static final int FOLDS = 5;
    static final long SEED = 20261207L;

    public static void main(String[] args) throws IOException {
        List<Path> fit = new ArrayList<>();
        List<Path> judge = new ArrayList<>();
        Path write = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--fit" -> fit.add(Path.of(args[i + 1]));
                case "--judge" -> judge.add(Path.of(args[i + 1]));
                case "--write" -> write = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        MeaningExtractor extractor = Meanings.extractor();
        List<FeatureTable> fitTables = fit.stream().map(p -> FeatureTable.of(LabelledSet.read(p), extractor)).toList();
        List<FeatureTable.Row> rows = fitTables.stream().flatMap(t -> t.rows().stream()).toList();

        System.out.println("== k-fold by query (" + FOLDS + " folds) on the fitting data: " + fit);
        Map<FeatureTable.Row, List<String>> heldOut = new LinkedHashMap<>();
        Map<Integer, RankingModel> heldOutModels = new TreeMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<FeatureTable.Row> train = new ArrayList<>();
            List<FeatureTable.Row> test = new ArrayList<>();
            for (FeatureTable.Row r : rows) {
                (foldOf(r) == fold ? test : train).add(r);
            }
            RankingModel model = fit(train);
            heldOutModels.put(fold, model);
            test.forEach(r -> heldOut.put(r, rank(r, model)));
        }
        report(heldOut, null);
        System.out.println("== k-fold by query: a list cut where the probability falls below the minimum score");
        reportCuts(heldOut, heldOutModels, MIN_SCORES, RankingModelFit::cut);
        System.out.println("== k-fold by query: a list cut where the probability falls below a share of the first's");
        reportCuts(heldOut, heldOutModels, new double[] {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, RankingModelFit::cutRelative);
        if (System.getProperty("explain") != null) {
            explain(heldOut, heldOutModels);
        }

        RankingModel model = fit(rows);
        System.out.println("== fitted on all " + rows.size() + " lists");
        for (ListKind kind : ListKind.values()) {
            StringBuilder sb = new StringBuilder(kind + ": bias=" + fmt(model.bias(kind)));
            for (Feature f : Feature.values()) {
                sb.append(' ').append(f.code()).append('=').append(fmt(model.weight(kind, f)));
            }
            System.out.println(sb);
        }
        for (Path p : judge) {
            FeatureTable table = FeatureTable.of(LabelledSet.read(p), extractor);
            System.out.println("== judged on " + p + " (never fitted on)");
            Map<FeatureTable.Row, List<String>> ranked = new LinkedHashMap<>();
            table.rows().forEach(r -> ranked.put(r, rank(r, model)));
            report(ranked, RankingModelFit::sectorBaseline);
        }
        if (write != null) {
            Files.createDirectories(write.getParent());
            try (Writer w = Files.newBufferedWriter(write)) {
                w.write("# Fitted by RankingModelFit on " + fit.stream().map(x -> x.getFileName().toString()).toList()
                        + " (logistic regression, Tribuo); do not edit by hand\n");
                Map<Object, Object> sorted = new TreeMap<>(model.toProperties());
                for (var e : sorted.entrySet()) {
                    w.write(e.getKey() + "=" + e.getValue() + "\n");
                }
            }
            System.out.println("written " + write);
        }
    }

    private static final double[] MIN_SCORES = {0.01, 0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5};

    /** The ranked pool without the targets whose probability falls below {@code min}. */
    static List<String> cut(FeatureTable.Row row, RankingModel model, double min) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (int i = 0; i < row.keys().size(); i++) {
            p.put(row.keys().get(i), model.probability(row.kind(), row.features().get(i)));
        }
        return rank(row, model).stream().filter(k -> p.get(k) >= min).toList();
    }

    /** Prints every held-out list's top 5 with the features of the traps in it, to see which evidence misleads. */
    private static void explain(Map<FeatureTable.Row, List<String>> heldOut, Map<Integer, RankingModel> models) {
        for (var e : heldOut.entrySet()) {
            FeatureTable.Row r = e.getKey();
            RankingModel model = models.get(foldOf(r));
            List<String> top = e.getValue().subList(0, Math.min(5, e.getValue().size()));
            StringBuilder sb = new StringBuilder("-- " + r.judgement().query() + " " + r.kind() + ":");
            for (String k : top) {
                int g = r.judgement().relevant().getOrDefault(k, 0);
                sb.append(' ').append(k).append(g > 0 ? "(" + g + ")" : r.judgement().distractors().contains(k) ? "(d)" : "");
            }
            System.out.println(sb);
            for (String k : top) {
                int i = r.keys().indexOf(k);
                if (r.judgement().distractors().contains(k) || r.judgement().relevant().containsKey(k)) {
                    PairFeatures x = r.features().get(i);
                    StringBuilder f = new StringBuilder("   " + k + " p=" + fmt(model.probability(r.kind(), x)));
                    for (Feature feature : Feature.values()) {
                        double v = x.values()[feature.ordinal()];
                        if (v != 0) {
                            f.append(' ').append(feature.code()).append('=').append(fmt(v));
                        }
                    }
                    System.out.println(f);
                }
            }
            System.out.println("   why: " + r.judgement().why());
        }
    }

    /** The ranked pool without the targets whose probability is below {@code share} of the first one's. */
    static List<String> cutRelative(FeatureTable.Row row, RankingModel model, double share) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (int i = 0; i < row.keys().size(); i++) {
            p.put(row.keys().get(i), model.probability(row.kind(), row.features().get(i)));
        }
        List<String> ranked = rank(row, model);
        double top = ranked.isEmpty() ? 0 : p.get(ranked.get(0));
        return ranked.stream().filter(k -> p.get(k) >= share * top).toList();
    }

    /** A held-out list cut at a threshold: the minimum score, or the share of the first item's. */
    private interface Cut {
        List<String> apply(FeatureTable.Row row, RankingModel model, double threshold);
    }

    private static void reportCuts(Map<FeatureTable.Row, List<String>> heldOut, Map<Integer, RankingModel> models,
                                   double[] thresholds, Cut cut) {
        System.out.printf(Locale.ROOT, "%-9s %-9s | %6s %6s %6s %6s %6s %8s%n", "kind", "cut at", "P@5", "R@10", "NDCG",
                "MRR", "D@5", "returned");
        for (ListKind kind : ListKind.values()) {
            for (double threshold : thresholds) {
                List<ListMetrics> metrics = new ArrayList<>();
                double returned = 0;
                for (FeatureTable.Row r : heldOut.keySet()) {
                    if (r.kind() == kind) {
                        List<String> kept = cut.apply(r, models.get(foldOf(r)), threshold);
                        returned += Math.min(10, kept.size());
                        metrics.add(ListMetrics.of(kept, r.judgement().relevant(), r.judgement().distractors()));
                    }
                }
                ListMetrics m = ListMetrics.mean(metrics);
                System.out.printf(Locale.ROOT, "%-9s %-9.3f | %6.3f %6.3f %6.3f %6.3f %6.3f %8.2f%n", kind, threshold,
                        m.precisionAt5(), m.recallAt10(), m.ndcgAt10(), m.mrr(), m.trapsAt5(), returned / metrics.size());
            }
        }
    }

    static int foldOf(FeatureTable.Row r) {
        return Math.floorMod((r.judgement().query() + "|" + r.kind()).hashCode() * 31 + 7, FOLDS);
    }

    /** The pool ranked by the model's logit, best first; ties by key. */
    static List<String> rank(FeatureTable.Row row, RankingModel model) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < row.keys().size(); i++) {
            order.add(i);
        }
        double[] z = new double[row.keys().size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = model.logit(row.kind(), row.features().get(i));
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -z[i]).thenComparing(i -> row.keys().get(i)));
        return order.stream().map(i -> row.keys().get(i)).toList();
    }

    static RankingModel fit(List<FeatureTable.Row> rows) {
        Map<ListKind, double[]> weights = new EnumMap<>(ListKind.class);
        Map<ListKind, Double> biases = new EnumMap<>(ListKind.class);
        String[] names = new String[Feature.values().length];
        for (Feature f : Feature.values()) {
            names[f.ordinal()] = f.code();
        }
        for (ListKind kind : ListKind.values()) {
            LabelFactory factory = new LabelFactory();
            MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("ranking-" + kind, factory), factory);
            for (FeatureTable.Row r : rows) {
                if (r.kind() != kind) {
                    continue;
                }
                for (int i = 0; i < r.keys().size(); i++) {
                    int grade = r.judgement().relevant().getOrDefault(r.keys().get(i), 0);
                    double[] values = r.features().get(i).values();
                    // Grade 2 counts three times (its gain is 2^2 − 1 = 3), as NDCG weighs it.
                    int copies = grade == 0 ? 1 : (1 << grade) - 1;
                    for (int c = 0; c < copies; c++) {
                        data.add(new ArrayExample<>(new Label(grade > 0 ? RELEVANT : OTHER), names, values));
                    }
                }
            }
            LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 40, -1, 1, SEED);
            LinearSGDModel model = trainer.train(data);
            Map<String, List<Pair<String, Double>>> top = model.getTopFeatures(-1);
            Map<String, Double> relevant = toMap(top.get(RELEVANT));
            Map<String, Double> other = toMap(top.get(OTHER));
            double[] w = new double[names.length];
            for (int i = 0; i < names.length; i++) {
                w[i] = relevant.getOrDefault(names[i], 0.0) - other.getOrDefault(names[i], 0.0);
            }
            weights.put(kind, w);
            biases.put(kind, relevant.getOrDefault("BIAS", 0.0) - other.getOrDefault("BIAS", 0.0));
        }
        return new RankingModel(weights, biases);
    }

    private static Map<String, Double> toMap(List<Pair<String, Double>> pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (pairs != null) {
            pairs.forEach(p -> m.put(p.getA(), p.getB()));
        }
        return m;
    }

    /** Sector-only: Jaccard of the sector codes, ties by key ascending (the shared runner's baseline). */
    static List<String> sectorBaseline(FeatureTable.Row row, LabelledSet set) {
        Candidate q = set.candidates().get(row.judgement().query());
        return row.keys().stream()
                .sorted(Comparator.<String>comparingDouble(k -> -jaccard(q.sectors(), set.candidates().get(k).sectors()))
                        .thenComparing(k -> k))
                .toList();
    }

    private static double jaccard(List<String> a, List<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / union.size();
    }

    static void report(Map<FeatureTable.Row, List<String>> ranked,
                       BiFunction<FeatureTable.Row, LabelledSet, List<String>> baseline) {
        Map<String, List<ListMetrics>> engine = new TreeMap<>();
        Map<String, List<ListMetrics>> base = new TreeMap<>();
        for (var e : ranked.entrySet()) {
            FeatureTable.Row r = e.getKey();
            LabelledSet owner = r.set();
            ListMetrics m = ListMetrics.of(e.getValue(), r.judgement().relevant(), r.judgement().distractors());
            ListMetrics b = baseline == null ? null
                    : ListMetrics.of(baseline.apply(r, owner), r.judgement().relevant(), r.judgement().distractors());
            List<String> groups = new ArrayList<>();
            groups.add("all");
            groups.add(r.judgement().targetType() == TargetType.PROFILE ? "partners" : "projects");
            if ("DIPLOMAT".equals(owner.candidates().get(r.judgement().query()).kind())) {
                groups.add("query:diplomat");
            }
            owner.tagsOf(r.judgement()).forEach(t -> groups.add("tag:" + t));
            owner.languagePairsOf(r.judgement()).forEach(pair -> groups.add("langs:" + pair));
            for (String g : groups) {
                engine.computeIfAbsent(g, k -> new ArrayList<>()).add(m);
                if (b != null) {
                    base.computeIfAbsent(g, k -> new ArrayList<>()).add(b);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-22s %5s | %6s %6s %6s %6s %6s | %s%n", "lists", "n", "P@5", "R@10", "NDCG", "MRR", "D@5",
                baseline == null ? "" : "baseline NDCG / MRR / D@5");
        for (String g : engine.keySet()) {
            ListMetrics m = ListMetrics.mean(engine.get(g));
            String b = "";
            if (base.containsKey(g)) {
                ListMetrics bm = ListMetrics.mean(base.get(g));
                b = String.format(Locale.ROOT, "%.3f / %.3f / %.3f", bm.ndcgAt10(), bm.mrr(), bm.trapsAt5());
            }
            System.out.printf(Locale.ROOT, "%-22s %5d | %6.3f %6.3f %6.3f %6.3f %6.3f | %s%n", g, engine.get(g).size(),
                    m.precisionAt5(), m.recallAt10(), m.ndcgAt10(), m.mrr(), m.trapsAt5(), b);
        }
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
