package org.innomatch.matching.ranking;

import org.innomatch.matching.semantic.EnglishTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.semantic.CandidateMeaning;
import org.innomatch.matching.semantic.MeaningExtractor;
import org.innomatch.matching.semantic.TermStatistics;
import org.innomatch.matching.semantic.TermWeights;

/**
 * Every judgement of a {@link LabelledSet} with the features of every candidate in its pool, computed once, so
 * that fitting and evaluating many models costs no model calls.
 */
public record FeatureTable(LabelledSet set, List<Row> rows) {

    /** One judgement's pool: candidate keys and their features, in pool order. */
    public record Row(LabelledSet set, LabelledSet.Judgement judgement, RankingModel.ListKind kind, List<String> keys, List<PairFeatures> features) {
    }

    public static FeatureTable of(LabelledSet set, MeaningExtractor extractor) {
        Map<String, CandidateMeaning> meanings = new LinkedHashMap<>();
        set.candidates().forEach((key, c) -> meanings.put(key, extractor.of(c.offers(), c.needs())));
        TermWeights idf = idfOver(meanings.values());
        FeatureExtractor features = new FeatureExtractor(idf, new CountryNames(new EnglishTerms()));
        List<Row> rows = new ArrayList<>();
        for (LabelledSet.Judgement j : set.judgements()) {
            Candidate query = set.candidates().get(j.query());
            List<String> pool = set.pool(j);
            List<PairFeatures> values = new ArrayList<>(pool.size());
            for (String key : pool) {
                values.add(features.features(query, meanings.get(j.query()), set.candidates().get(key), meanings.get(key)));
            }
            rows.add(new Row(set, j, j.targetType() == TargetType.PROFILE ? RankingModel.ListKind.PARTNERS : RankingModel.ListKind.PROJECTS,
                    pool, values));
        }
        return new FeatureTable(set, rows);
    }

    /** IDF over the set's texts, as the index computes it over its candidates' texts. */
    static TermWeights idfOver(Iterable<CandidateMeaning> meanings) {
        Map<String, Integer> df = new HashMap<>();
        int[] docs = {0};
        for (CandidateMeaning m : meanings) {
            for (var text : List.of(m.offers(), m.needs())) {
                docs[0]++;
                for (String t : text.terms()) {
                    df.merge(t, 1, Integer::sum);
                }
            }
        }
        return term -> TermStatistics.idf(docs[0], df.getOrDefault(term, 0));
    }
}
