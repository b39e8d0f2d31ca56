package org.innomatch.matching.semantic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

class SentenceVectorsTest {

    /** Counts the texts it encodes; a text's vector is its length in the first dimension. */
    private static final class CountingModel implements EmbeddingModel {
        final AtomicInteger encoded = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls.incrementAndGet();
            List<Embedding> out = new ArrayList<>();
            for (TextSegment s : segments) {
                encoded.incrementAndGet();
                float[] v = new float[SentenceEncoder.DIMENSIONS];
                v[0] = s.text().length();
                v[1] = 1;
                out.add(Embedding.from(v));
            }
            return Response.from(out);
        }
    }

    private final ToEnglish asIs = ToEnglish.AS_ENGLISH;

    private MeaningExtractor extractor(CountingModel model) {
        return new MeaningExtractor(asIs, new SentenceEncoder(model, "counting", ""));
    }

    @Test
    void aTextIsEncodedOnceAcrossExtractorsSharingTheVectors() {
        CountingModel model = new CountingModel();
        SentenceVectors kept = SentenceVectors.inMemory();
        MeaningExtractor first = extractor(model).remembering(kept);
        MeaningExtractor afterRestart = extractor(model).remembering(kept);

        float[] before = first.meaningOf("We offer hospital trial sites.").vector();
        float[] after = afterRestart.meaningOf("We offer hospital trial sites.").vector();

        assertEquals(1, model.encoded.get());
        assertArrayEquals(before, after);
        afterRestart.meaningOf("We need clinical validation partners.");
        assertEquals(2, model.encoded.get(), "a changed text is encoded");
    }

    @Test
    void aPreparedBatchIsEncodedInOneCallAndIndexingItEncodesNothingMore() {
        CountingModel model = new CountingModel();
        MeaningExtractor extractor = new MeaningExtractor(asIs, new SentenceEncoder(model, "counting", ""))
                .remembering(SentenceVectors.inMemory());
        extractor.meaningOf("Already indexed text.");

        extractor.prepare(Arrays.asList("We offer trial sites.", "We need AI software.", "We offer trial sites.", null,
                " ", "Already indexed text."));

        assertEquals(2, model.calls.get(), "one call for the batch after the first text");
        assertEquals(3, model.encoded.get(), "each new text once");
        float[] prepared = extractor.meaningOf("We need AI software.").vector();
        assertEquals(3, model.encoded.get());
        float[] expected = new SentenceEncoder(new CountingModel(), "counting", "").encode("We need AI software.");
        assertArrayEquals(expected, prepared);
    }

    @Test
    void vectorsOfTextsNoLongerIndexedAreLetGo() {
        CountingModel model = new CountingModel();
        MeaningExtractor extractor = new MeaningExtractor(asIs, new SentenceEncoder(model, "counting", ""))
                .remembering(SentenceVectors.inMemory());
        TextMeaning kept = extractor.meaningOf("We offer trial sites.");
        extractor.meaningOf("An old wording of our needs.");

        assertEquals(1, extractor.keepVectorsOnlyOf(List.of(kept, TextMeaning.EMPTY)));

        extractor.meaningOf("We offer trial sites.");
        assertEquals(2, model.encoded.get(), "the kept one is not encoded again");
        extractor.meaningOf("An old wording of our needs.");
        assertEquals(3, model.encoded.get(), "the forgotten one is");
    }

    @Test
    void withoutKeptVectorsEveryIndexingEncodes() {
        CountingModel model = new CountingModel();
        MeaningExtractor extractor = new MeaningExtractor(asIs, new SentenceEncoder(model, "counting", ""));
        extractor.meaningOf("We offer hospital trial sites.");
        extractor.meaningOf("We offer hospital trial sites.");
        assertEquals(2, model.encoded.get());
    }

    @Test
    void anotherModelsVectorIsNotTakenForThisOnes() {
        assertNotEquals(SentenceVectors.hashOf("all-MiniLM-L6-v2-q", "text"),
                SentenceVectors.hashOf("bge-small-en-v1.5-q", "text"));
        assertEquals(32, SentenceVectors.hashOf("all-MiniLM-L6-v2-q", "text").length());
    }

    @Test
    void storedBytesReadBackAsTheSameVector() {
        float[] v = {0.25f, -1.5e-7f, 3.0f, Float.MIN_VALUE};
        assertArrayEquals(v, StoredSentenceVectors.toFloats(StoredSentenceVectors.toBytes(v)));
    }
}
