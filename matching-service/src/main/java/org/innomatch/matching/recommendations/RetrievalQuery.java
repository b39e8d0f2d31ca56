package org.innomatch.matching.recommendations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.innomatch.matching.index.Candidate;
import org.innomatch.matching.semantic.CandidateMeaning;
import org.innomatch.matching.index.CandidateFields;
import org.innomatch.matching.index.CandidateIndex;
import org.innomatch.matching.index.SectorCodes;
import org.innomatch.matching.index.TargetType;
import org.innomatch.matching.index.TextAnalyzers;
import org.innomatch.matching.index.TextLanguage;

/**
 * Builds the BM25 candidate-retrieval query for a requester: its needs against the candidates' offers and its
 * offers against their needs, in every language field (each analysed with that field's analyzer), plus exact
 * keyword matches (boosted) and sector codes (weakly, so that a candidate sharing only codes and keywords, e.g.
 * across scripts, is still retrieved). Filters, exclusions and the target type are non-scoring clauses.
 */
public final class RetrievalQuery {

    /**
     * Per direction (my needs against their offers, my offers against their needs) only the most specific terms are
     * queried: those found in the smallest share of their field's documents, across the language fields. BM25 with
     * block-max WAND costs roughly in proportion to the number of similar-weight clauses, while the re-ranker's
     * complementarity saturates after a handful of shared terms, so the rarest terms find the candidates the
     * re-ranker wants at a fraction of the cost (measured in {@code RetrievalLatency}).
     */
    public static final int DEFAULT_TERMS_PER_DIRECTION = 20;
    static final float KEYWORD_BOOST = 2.0f;
    static final float SECTOR_BOOST = 0.3f;

    /**
     * On a field with at least {@link #PRUNE_FROM_DOCUMENTS} documents, a term in more than {@link #PRUNE_ABOVE_SHARE}
     * of them is never queried, even when the text has fewer specific terms: such near-stop-words ("partner",
     * "technology") select almost every document. The re-ranker still counts them.
     */
    static final int PRUNE_FROM_DOCUMENTS = 2_000;
    static final double PRUNE_ABOVE_SHARE = 0.2;

    /** Document frequencies of the indexed text fields. */
    public interface Frequencies {
        int documentsWith(String field);

        int docFreq(String field, String term);

        static Frequencies of(CandidateIndex index) {
            return new Frequencies() {
                public int documentsWith(String field) {
                    return index.documentsWith(field);
                }

                public int docFreq(String field, String term) {
                    return index.docFreq(field, term);
                }
            };
        }
    }

    private final TextAnalyzers analyzers;
    private final Frequencies frequencies;
    private final int termsPerDirection;

    public RetrievalQuery(TextAnalyzers analyzers, Frequencies frequencies) {
        this(analyzers, frequencies, DEFAULT_TERMS_PER_DIRECTION);
    }

    public RetrievalQuery(TextAnalyzers analyzers, Frequencies frequencies, int termsPerDirection) {
        if (termsPerDirection < 1) {
            throw new IllegalArgumentException("termsPerDirection must be at least 1");
        }
        this.analyzers = analyzers;
        this.frequencies = frequencies;
        this.termsPerDirection = termsPerDirection;
    }

    /**
     * @param excludedKeys  candidate keys never to return (the requester, its NOT_INTERESTED targets)
     * @param excludedOwner owner whose documents are excluded (the requester's own projects), or {@code null}
     * @param ownerIn       if not {@code null}, only documents owned by one of these profiles
     */
    public Query build(Candidate requester, TargetType targetType, RecommendationFilters filters,
                       Collection<String> excludedKeys, String excludedOwner, Set<String> ownerIn) {
        return build(requester, targetType, filters, excludedKeys, excludedOwner, ownerIn, false);
    }

    /**
     * @param everyCandidate every document passing the filters matches (with a constant score), for ranking them
     *                       all; else only those sharing a term, keyword or sector with the requester
     */
    public Query build(Candidate requester, TargetType targetType, RecommendationFilters filters,
                       Collection<String> excludedKeys, String excludedOwner, Set<String> ownerIn, boolean everyCandidate) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(everyCandidate ? new MatchAllDocsQuery() : relevance(requester), Occur.MUST);
        return filtered(query, targetType, filters, excludedKeys, excludedOwner, ownerIn);
    }

    /**
     * The candidates of a large index: BM25 on the words ({@link #build}) together with the {@code k} nearest
     * neighbours of my needs among their offers and of my offers among their needs (sentence vectors), all under
     * the same filters, so that a partner writing in another language with no shared word is still scored.
     */
    public List<Query> hybrid(Candidate requester, CandidateMeaning meaning, TargetType targetType, RecommendationFilters filters,
                              Collection<String> excludedKeys, String excludedOwner, Set<String> ownerIn, int k) {
        List<Query> queries = new ArrayList<>();
        queries.add(build(requester, targetType, filters, excludedKeys, excludedOwner, ownerIn, false));
        Query filter = build(requester, targetType, filters, excludedKeys, excludedOwner, ownerIn, true);
        if (!meaning.needs().isEmpty()) {
            queries.add(new KnnFloatVectorQuery(CandidateFields.OFFERS_VECTOR, meaning.needs().vector(), k, filter));
        }
        if (!meaning.offers().isEmpty()) {
            queries.add(new KnnFloatVectorQuery(CandidateFields.NEEDS_VECTOR, meaning.offers().vector(), k, filter));
        }
        return queries;
    }

    private Query relevance(Candidate requester) {
        BooleanQuery.Builder relevance = new BooleanQuery.Builder();
        addMostSpecificTerms(relevance, CandidateFields.OFFERS, requester.needs());
        addMostSpecificTerms(relevance, CandidateFields.NEEDS, requester.offers());
        for (String keyword : requester.keywords()) {
            relevance.add(new BoostQuery(new TermQuery(new Term(CandidateFields.KEYWORD, keyword)), KEYWORD_BOOST), Occur.SHOULD);
        }
        for (String sector : SectorCodes.withParents(requester.sectors())) {
            relevance.add(new BoostQuery(new TermQuery(new Term(CandidateFields.SECTOR, sector)), SECTOR_BOOST), Occur.SHOULD);
        }
        return relevance.build();
    }

    private static Query filtered(BooleanQuery.Builder query, TargetType targetType, RecommendationFilters filters,
                                  Collection<String> excludedKeys, String excludedOwner, Set<String> ownerIn) {
        query.add(new TermQuery(new Term(CandidateFields.TYPE, targetType.name())), Occur.FILTER)
                .add(new TermQuery(new Term(CandidateFields.HIDDEN, "true")), Occur.MUST_NOT);
        if (filters.sector() != null) {
            query.add(new TermQuery(new Term(CandidateFields.SECTOR, filters.sector())), Occur.FILTER);
        }
        if (filters.country() != null) {
            query.add(new TermQuery(new Term(CandidateFields.COUNTRY, filters.country())), Occur.FILTER);
        }
        if (filters.kind() != null && targetType == TargetType.PROFILE) {
            query.add(new TermQuery(new Term(CandidateFields.KIND, filters.kind())), Occur.FILTER);
        }
        if (ownerIn != null) {
            query.add(new TermInSetQuery(CandidateFields.OWNER, toBytes(ownerIn)), Occur.FILTER);
        }
        if (!excludedKeys.isEmpty()) {
            query.add(new TermInSetQuery(CandidateFields.KEY, toBytes(excludedKeys)), Occur.MUST_NOT);
        }
        if (excludedOwner != null) {
            query.add(new TermQuery(new Term(CandidateFields.OWNER, excludedOwner)), Occur.MUST_NOT);
        }
        return query.build();
    }

    /**
     * The text analysed for each language field of {@code base} (e.g. {@code offers_en}, {@code offers_zh}) with that
     * field's analyzer; the terms with the smallest document share among those the
     * field holds become SHOULD clauses, at most {@code termsPerDirection} of them once the direction's fields hold
     * {@link #PRUNE_FROM_DOCUMENTS} documents (an event's few hundred participants keep every term). Terms no
     * document has are skipped (they cannot match).
     */
    private void addMostSpecificTerms(BooleanQuery.Builder builder, String base, String text) {
        List<FieldTerm> found = new ArrayList<>();
        int directionDocuments = 0;
        for (TextLanguage language : TextLanguage.values()) {
            String field = CandidateFields.text(base, language);
            int documents = frequencies.documentsWith(field);
            directionDocuments += documents;
            if (documents == 0) {
                continue;
            }
            int maxDocFreq = documents >= PRUNE_FROM_DOCUMENTS ? (int) (documents * PRUNE_ABOVE_SHARE) : Integer.MAX_VALUE;
            for (String term : analyzers.terms(text, language).keySet()) {
                int docFreq = frequencies.docFreq(field, term);
                if (docFreq > 0 && docFreq <= maxDocFreq) {
                    found.add(new FieldTerm(field, term, docFreq / (double) documents));
                }
            }
        }
        found.sort(Comparator.comparingDouble(FieldTerm::share).thenComparing(FieldTerm::field).thenComparing(FieldTerm::term));
        int keep = directionDocuments < PRUNE_FROM_DOCUMENTS ? found.size() : Math.min(termsPerDirection, found.size());
        for (FieldTerm t : found.subList(0, keep)) {
            builder.add(new TermQuery(new Term(t.field(), t.term())), Occur.SHOULD);
        }
    }

    private record FieldTerm(String field, String term, double share) {
    }

    private static List<BytesRef> toBytes(Collection<String> values) {
        List<BytesRef> bytes = new ArrayList<>(values.size());
        values.forEach(v -> bytes.add(new BytesRef(v)));
        return bytes;
    }
}
