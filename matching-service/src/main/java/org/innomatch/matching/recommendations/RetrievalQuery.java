package org.innomatch.matching.recommendations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.innomatch.matching.index.Candidate;
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

    /** Keeps the whole query under Lucene's default limit of 1024 clauses. */
    static final int MAX_TERMS_PER_FIELD = 48;
    static final float KEYWORD_BOOST = 2.0f;
    static final float SECTOR_BOOST = 0.3f;

    /**
     * On a field with at least {@link #PRUNE_FROM_DOCUMENTS} documents, a term in more than {@link #PRUNE_ABOVE_SHARE}
     * of them is left out of retrieval: such near-stop-words ("partner", "technology") select almost every document,
     * cost most of the query time (long postings) and barely change BM25's order. The re-ranker still counts them.
     * Small indexes (an event's few hundred participants) keep every term.
     */
    static final int PRUNE_FROM_DOCUMENTS = 2_000;
    static final double PRUNE_ABOVE_SHARE = 0.2;

    /** Document frequencies of the indexed text fields. */
    public interface Frequencies {
        Frequencies NONE = new Frequencies() {
            public int documentsWith(String field) {
                return 0;
            }

            public int docFreq(String field, String term) {
                return 0;
            }
        };

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

    public RetrievalQuery(TextAnalyzers analyzers) {
        this(analyzers, Frequencies.NONE);
    }

    public RetrievalQuery(TextAnalyzers analyzers, Frequencies frequencies) {
        this.analyzers = analyzers;
        this.frequencies = frequencies;
    }

    /**
     * @param excludedKeys  candidate keys never to return (the requester, its NOT_INTERESTED targets)
     * @param excludedOwner owner whose documents are excluded (the requester's own projects), or {@code null}
     * @param ownerIn       if not {@code null}, only documents owned by one of these profiles
     */
    public Query build(Candidate requester, TargetType targetType, RecommendationFilters filters,
                       Collection<String> excludedKeys, String excludedOwner, Set<String> ownerIn) {
        BooleanQuery.Builder relevance = new BooleanQuery.Builder();
        for (TextLanguage language : TextLanguage.values()) {
            addTerms(relevance, CandidateFields.text(CandidateFields.OFFERS, language), requester.needs(), language);
            addTerms(relevance, CandidateFields.text(CandidateFields.NEEDS, language), requester.offers(), language);
        }
        for (String keyword : requester.keywords()) {
            relevance.add(new BoostQuery(new TermQuery(new Term(CandidateFields.KEYWORD, keyword)), KEYWORD_BOOST), Occur.SHOULD);
        }
        for (String sector : SectorCodes.withParents(requester.sectors())) {
            relevance.add(new BoostQuery(new TermQuery(new Term(CandidateFields.SECTOR, sector)), SECTOR_BOOST), Occur.SHOULD);
        }

        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(relevance.build(), Occur.MUST)
                .add(new TermQuery(new Term(CandidateFields.TYPE, targetType.name())), Occur.FILTER)
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

    private void addTerms(BooleanQuery.Builder builder, String field, String text, TextLanguage language) {
        Map<String, String> terms = analyzers.terms(text, language);
        int documents = frequencies.documentsWith(field);
        int maxDocFreq = documents >= PRUNE_FROM_DOCUMENTS ? (int) (documents * PRUNE_ABOVE_SHARE) : Integer.MAX_VALUE;
        int added = 0;
        for (String term : terms.keySet()) {
            if (added == MAX_TERMS_PER_FIELD) {
                break;
            }
            if (frequencies.docFreq(field, term) <= maxDocFreq) {
                builder.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
                added++;
            }
        }
    }

    private static List<BytesRef> toBytes(Collection<String> values) {
        List<BytesRef> bytes = new ArrayList<>(values.size());
        values.forEach(v -> bytes.add(new BytesRef(v)));
        return bytes;
    }
}
