package org.innomatch.matching.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.innomatch.matching.semantic.TermStatistics;
import org.innomatch.matching.semantic.TermWeights;
import org.innomatch.matching.semantic.CandidateMeaning;
import org.innomatch.matching.semantic.MeaningExtractor;
import org.innomatch.matching.semantic.TextMeaning;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * The in-process read model: a Lucene index with one document per profile and per published project, and
 * next to it a map key -> {@link Candidate}. The map is updated in the same call as the index and is the
 * source of truth for what exists; a search hit whose key the map no longer holds (deleted since the last
 * refresh) is dropped.
 *
 * <p>Single writer (the read-model consumer thread), many concurrent readers. A background thread refreshes
 * the near-real-time searcher every {@code refreshMillis}, so a change is searchable well within a second.
 */
public final class CandidateIndex implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CandidateIndex.class);

    private final TextAnalyzers analyzers;
    private final MeaningExtractor meanings;
    private final TermStatistics englishTerms = new TermStatistics();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService refresher;
    private final Map<String, Candidate> candidates = new ConcurrentHashMap<>();
    private final Map<TargetType, AtomicInteger> counts = Map.of(TargetType.PROFILE, new AtomicInteger(),
            TargetType.PROJECT, new AtomicInteger());
    private final Map<String, Analyzed> analyzed = new ConcurrentHashMap<>();
    /** Every analysed term once; grows with the distinct terms ever seen (tens of thousands), never per candidate. */
    private final Map<String, String> vocabulary = new ConcurrentHashMap<>();
    /** Document frequency per text field and term, and documents per text field, kept from the analysed texts. */
    private final Map<String, Map<String, Integer>> docFreqs = new ConcurrentHashMap<>();
    private final Map<String, Integer> fieldDocs = new ConcurrentHashMap<>();

    /** An index that renders and encodes texts with the process-wide {@link MeaningExtractor#shared()}. */
    public CandidateIndex(TextAnalyzers analyzers, long refreshMillis) {
        this(analyzers, refreshMillis, MeaningExtractor.shared());
    }

    public CandidateIndex(TextAnalyzers analyzers, long refreshMillis, MeaningExtractor meanings) {
        this.analyzers = analyzers;
        this.meanings = meanings;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.perField()).setCodec(new QuantizedVectorsCodec()));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "candidate-index-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refreshQuietly, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
    }

    public TextAnalyzers analyzers() {
        return analyzers;
    }

    /** Computes now, several at a time, what indexing these texts will need (see {@link MeaningExtractor#prepare}). */
    public void prepare(List<String> texts) {
        meanings.prepare(texts);
    }

    public void upsert(Candidate candidate) {
        Analyzed held = analyzed.get(candidate.key());
        CandidateMeaning meaning = held != null && sameTexts(held.candidate(), candidate) ? held.meaning() : meanings.of(candidate.offers(), candidate.needs());
        try {
            writer.updateDocument(new Term(CandidateFields.KEY, candidate.key()), toDocument(candidate, meaning));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Analyzed previous = analyzed.put(candidate.key(), new Analyzed(candidate, analyze(candidate), meaning));
        count(previous, -1);
        count(analyzed.get(candidate.key()), +1);
        if (candidates.put(candidate.key(), candidate) == null) {
            counts.get(candidate.type()).incrementAndGet();
        }
    }

    /** The analysed texts of a candidate: those computed at indexing if it is the indexed state, else computed now. */
    public AnalyzedTexts analyzed(Candidate candidate) {
        Analyzed held = analyzed.get(candidate.key());
        return held != null && held.candidate() == candidate ? held.texts() : analyze(candidate);
    }

    /** The meaning of a candidate's texts: the one computed at indexing if its texts are unchanged, else computed now. */
    public CandidateMeaning meaning(Candidate candidate) {
        Analyzed held = analyzed.get(candidate.key());
        return held != null && sameTexts(held.candidate(), candidate) ? held.meaning() : meanings.of(candidate.offers(), candidate.needs());
    }

    /** How specific each English term is among the indexed texts. */
    public TermWeights englishTermWeights() {
        return englishTerms;
    }

    private static boolean sameTexts(Candidate a, Candidate b) {
        return a.offers().equals(b.offers()) && a.needs().equals(b.needs());
    }

    private void count(Analyzed a, int delta) {
        if (a == null) {
            return;
        }
        String[] offerTerms = a.meaning().offers().terms();
        String[] needTerms = a.meaning().needs().terms();
        if (delta > 0) {
            englishTerms.add(offerTerms);
            englishTerms.add(needTerms);
        } else {
            englishTerms.remove(offerTerms);
            englishTerms.remove(needTerms);
        }
        count(CandidateFields.text(CandidateFields.OFFERS, a.candidate().offersLanguage()), a.texts().offers(), delta);
        count(CandidateFields.text(CandidateFields.NEEDS, a.candidate().needsLanguage()), a.texts().needs(), delta);
    }

    private void count(String field, String[] terms, int delta) {
        if (terms.length == 0) {
            return;
        }
        fieldDocs.merge(field, delta, Integer::sum);
        Map<String, Integer> freqs = docFreqs.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
        for (String term : terms) {
            freqs.merge(term, delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }

    /** How many documents have this text field (e.g. {@code offers_en}). */
    public int documentsWith(String field) {
        return fieldDocs.getOrDefault(field, 0);
    }

    /** How many documents contain the term in this text field. */
    public int docFreq(String field, String term) {
        Map<String, Integer> freqs = docFreqs.get(field);
        return freqs == null ? 0 : freqs.getOrDefault(term, 0);
    }

    private record Analyzed(Candidate candidate, AnalyzedTexts texts, CandidateMeaning meaning) {
    }

    private AnalyzedTexts analyze(Candidate c) {
        return new AnalyzedTexts(sortedTerms(c.offers(), c.offersLanguage()), sortedTerms(c.needs(), c.needsLanguage()));
    }

    private String[] sortedTerms(String text, TextLanguage language) {
        return analyzers.terms(text, language).keySet().stream()
                .map(t -> vocabulary.computeIfAbsent(t, k -> k)).sorted().toArray(String[]::new);
    }

    public void remove(TargetType type, UUID id) {
        String key = Candidate.keyOf(type, id);
        if (candidates.remove(key) != null) {
            counts.get(type).decrementAndGet();
        }
        count(analyzed.remove(key), -1);
        try {
            writer.deleteDocuments(new Term(CandidateFields.KEY, key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Candidate> get(TargetType type, UUID id) {
        return Optional.ofNullable(candidates.get(Candidate.keyOf(type, id)));
    }

    /** How many candidates of this type the index holds. */
    public int count(TargetType type) {
        return counts.get(type).get();
    }

    public Collection<Candidate> all() {
        return candidates.values();
    }

    /** The published projects of a profile; a scan of the map, fine at event scale (hundreds of projects). */
    public List<Candidate> projectsOwnedBy(UUID profileId) {
        return candidates.values().stream()
                .filter(c -> c.type() == TargetType.PROJECT && profileId.equals(c.ownerProfileId()))
                .toList();
    }

    /** The top {@code n} hits of a query with their BM25 scores, best first. */
    /** The top {@code n} hits of each query, each candidate once, in the order the queries and their hits come. */
    public List<ScoredCandidate> searchEach(List<Query> queries, int n) {
        Map<String, ScoredCandidate> union = new LinkedHashMap<>();
        for (Query query : queries) {
            for (ScoredCandidate hit : search(query, n)) {
                union.putIfAbsent(hit.candidate().key(), hit);
            }
        }
        return List.copyOf(union.values());
    }

    public List<ScoredCandidate> search(Query query, int n) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] top = searcher.search(query, n).scoreDocs;
                String[] keys = keysOf(searcher, top);
                List<ScoredCandidate> hits = new ArrayList<>(top.length);
                for (int i = 0; i < top.length; i++) {
                    Candidate candidate = keys[i] == null ? null : candidates.get(keys[i]);
                    if (candidate != null) {
                        hits.add(new ScoredCandidate(candidate, top[i].score));
                    }
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The keys of the hits, read from doc values (stored fields would decompress a block per hit). Doc values are
     * read forward only, so the hits are visited in doc id order and the keys put back in the hits' order.
     */
    private static String[] keysOf(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        Integer[] byDoc = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] keys = new String[hits.length];
        int leafIndex = -1;
        BinaryDocValues values = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = leaves.get(leaf).reader().getBinaryDocValues(CandidateFields.KEY);
            }
            if (values != null && values.advanceExact(doc - leaves.get(leaf).docBase)) {
                keys[i] = values.binaryValue().utf8ToString();
            }
        }
        return keys;
    }

    /** Heap held by the Lucene index files (not the candidate map). */
    public long indexBytes() {
        try {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets go of kept sentence vectors no indexed text uses any more; returns how many. */
    public int forgetUnusedVectors() {
        List<TextMeaning> used = new ArrayList<>();
        for (Analyzed a : analyzed.values()) {
            used.add(a.meaning().offers());
            used.add(a.meaning().needs());
        }
        return meanings.keepVectorsOnlyOf(used);
    }

    /** Merges the index into one segment and refreshes: fewer term lookups per query once a replay is done. */
    public void optimize() {
        try {
            writer.forceMerge(1);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every change so far visible to searches now (tests and catch-up use it). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Refreshing the candidate index failed; retrying on the next tick", e);
        }
    }

    /** A text's unit vector for kNN retrieval (dot product); an empty text has none, so it is never a neighbour. */
    private static void addVector(Document doc, String field, TextMeaning meaning) {
        if (!meaning.isEmpty()) {
            doc.add(new KnnFloatVectorField(field, meaning.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        }
    }

    /**
     * The default codec with int8 scalar-quantized HNSW vectors: a quarter of the float vectors' memory, for a
     * retrieval whose hits the ranking model rescores with the exact vectors anyway.
     */
    private static final class QuantizedVectorsCodec extends Lucene912Codec {

        private final KnnVectorsFormat vectors = new Lucene99HnswScalarQuantizedVectorsFormat();

        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return vectors;
        }
    }

    private static Document toDocument(Candidate c, CandidateMeaning meaning) {
        Document doc = new Document();
        addVector(doc, CandidateFields.OFFERS_VECTOR, meaning.offers());
        addVector(doc, CandidateFields.NEEDS_VECTOR, meaning.needs());
        doc.add(new StringField(CandidateFields.KEY, c.key(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(CandidateFields.KEY, new BytesRef(c.key())));
        doc.add(new StringField(CandidateFields.TYPE, c.type().name(), Field.Store.NO));
        doc.add(new StringField(CandidateFields.ID, c.id().toString(), Field.Store.NO));
        if (c.ownerProfileId() != null) {
            doc.add(new StringField(CandidateFields.OWNER, c.ownerProfileId().toString(), Field.Store.NO));
        }
        addIfPresent(doc, CandidateFields.KIND, c.kind());
        addIfPresent(doc, CandidateFields.COUNTRY, c.country());
        SectorCodes.withParents(c.sectors()).forEach(s -> addIfPresent(doc, CandidateFields.SECTOR, s));
        c.cooperationTypes().forEach(t -> addIfPresent(doc, CandidateFields.COOPERATION, t));
        c.languages().forEach(l -> addIfPresent(doc, CandidateFields.LANGUAGE, l));
        c.keywords().forEach(k -> addIfPresent(doc, CandidateFields.KEYWORD, k));
        if (c.trl() != null) {
            doc.add(new StringField(CandidateFields.TRL, c.trl().toString(), Field.Store.NO));
        }
        doc.add(new StringField(CandidateFields.HIDDEN, Boolean.toString(c.hidden()), Field.Store.NO));
        if (!c.offers().isBlank()) {
            doc.add(new TextField(CandidateFields.text(CandidateFields.OFFERS, c.offersLanguage()), c.offers(), Field.Store.NO));
        }
        if (!c.needs().isBlank()) {
            doc.add(new TextField(CandidateFields.text(CandidateFields.NEEDS, c.needsLanguage()), c.needs(), Field.Store.NO));
        }
        return doc;
    }

    private static void addIfPresent(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("Closing the candidate index failed", e);
        }
        analyzers.close();
    }
}
