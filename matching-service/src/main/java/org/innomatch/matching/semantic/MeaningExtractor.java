package org.innomatch.matching.semantic;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes the {@link CandidateMeaning} of an offers and a needs text: each rendered in English, encoded once and
 * analysed into English terms. Costly (a model call per text, about 10 ms on one core), so the index keeps the
 * result per candidate.
 */
public final class MeaningExtractor {

    private static volatile MeaningExtractor shared;

    private final ToEnglish toEnglish;
    private final SentenceEncoder encoder;
    private final SentenceVectors vectors;
    private final EnglishTerms terms = new EnglishTerms();
    /**
     * The renderings {@link #prepare} made for the batch being indexed, so that indexing it does not gloss every text
     * a second time; replaced by the next batch's.
     */
    private final Map<String, EnglishRendering> prepared = new ConcurrentHashMap<>();

    public MeaningExtractor(ToEnglish toEnglish, SentenceEncoder encoder) {
        this(toEnglish, encoder, SentenceVectors.NONE);
    }

    private MeaningExtractor(ToEnglish toEnglish, SentenceEncoder encoder, SentenceVectors vectors) {
        this.toEnglish = toEnglish;
        this.encoder = encoder;
        this.vectors = vectors;
    }

    /** The same extractor, looking a text's vector up in {@code vectors} before encoding it, keeping new ones there. */
    public MeaningExtractor remembering(SentenceVectors vectors) {
        return new MeaningExtractor(toEnglish, encoder, vectors);
    }

    /**
     * One extractor per process: the ONNX session and the dictionaries take seconds and tens of megabytes to load,
     * so every index in a JVM (the service's, tests', the evaluation's) shares them.
     */
    public static MeaningExtractor shared() {
        MeaningExtractor e = shared;
        if (e == null) {
            synchronized (MeaningExtractor.class) {
                e = shared;
                if (e == null) {
                    e = new MeaningExtractor(Translation.toEnglish(), new SentenceEncoder());
                    shared = e;
                }
            }
        }
        return e;
    }

    /**
     * Loads the model and every dictionary now, with one text per glossed language, so that the first candidates
     * indexed (and readiness) do not wait for them.
     */
    public void warmUp() {
        for (String sample : new String[] {"我们提供临床试验医院。", "Wir suchen Partner für Pilotprojekte.",
                "Szukamy partnerów do projektów pilotażowych.", "Nous recherchons des partenaires industriels."}) {
            meaningOf(sample);
        }
    }

    /** A project's text serves as both: pass the same string twice and it is encoded once. */
    public CandidateMeaning of(String offers, String needs) {
        TextMeaning offersMeaning = meaningOf(offers);
        TextMeaning needsMeaning = needs.equals(offers) ? offersMeaning : meaningOf(needs);
        return new CandidateMeaning(offersMeaning, needsMeaning);
    }

    /** The key under which {@link SentenceVectors} keep the vector of an English text for this extractor's model. */
    public String textHash(String english) {
        return SentenceVectors.hashOf(encoder.name(), english);
    }

    /**
     * Encodes, all at once and kept in the {@link SentenceVectors}, the texts among {@code texts} whose vectors are
     * not kept yet, so that indexing them next finds their vectors: a replay prepares each batch it polls.
     */
    public void prepare(List<String> texts) {
        prepared.clear();
        Map<String, String> missing = new LinkedHashMap<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            EnglishRendering rendering = prepared.computeIfAbsent(text, toEnglish::render);
            String english = rendering.english();
            String hash = textHash(english);
            if (!english.isBlank() && vectors.find(hash).isEmpty()) {
                missing.putIfAbsent(hash, english);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<String> hashes = List.copyOf(missing.keySet());
        List<float[]> encoded = encoder.encodeAll(List.copyOf(missing.values()));
        for (int i = 0; i < hashes.size(); i++) {
            vectors.keep(hashes.get(i), encoded.get(i));
        }
    }

    /** Lets the kept vectors go but those of {@code meanings} (the texts indexed now); returns how many went. */
    public int keepVectorsOnlyOf(Collection<TextMeaning> meanings) {
        Set<String> used = new HashSet<>();
        for (TextMeaning m : meanings) {
            if (!m.rendering().english().isBlank()) {
                used.add(textHash(m.rendering().english()));
            }
        }
        return vectors.retainOnly(used);
    }

    public TextMeaning meaningOf(String text) {
        if (text == null || text.isBlank()) {
            return TextMeaning.EMPTY;
        }
        EnglishRendering held = prepared.get(text);
        EnglishRendering rendering = held != null ? held : toEnglish.render(text);
        return new TextMeaning(rendering, vectorOf(rendering.english()), terms.of(rendering.english()));
    }

    private float[] vectorOf(String english) {
        if (english.isBlank()) {
            return encoder.encode(english);
        }
        String hash = textHash(english);
        return vectors.find(hash).orElseGet(() -> {
            float[] vector = encoder.encode(english);
            vectors.keep(hash, vector);
            return vector;
        });
    }
}
