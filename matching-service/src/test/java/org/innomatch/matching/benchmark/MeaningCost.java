package org.innomatch.matching.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.matching.semantic.MeaningExtractor;
import org.innomatch.matching.semantic.SentenceVectors;

/**
 * Not a test: what indexing a text costs now that every text is identified, glossed and encoded — the figure that
 * bounds how fast a replay can rebuild the index. Encodes the offers and needs of {@code profiles} generated
 * profiles (the benchmark's population: English, German, Polish and Chinese by country) and prints the time per
 * text. Run with {@code java -cp <test classpath> org.innomatch.matching.benchmark.MeaningCost [profiles]}.
 */
public final class MeaningCost {

    public static void main(String[] args) {
        int profiles = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        BenchmarkData data = new BenchmarkData(profiles, 1, 42);
        List<String> texts = new ArrayList<>();
        for (ProfileUpserted p : data.profiles) {
            texts.add(p.offers());
            texts.add(p.needs());
        }
        long t0 = System.nanoTime();
        MeaningExtractor extractor = MeaningExtractor.shared();
        extractor.warmUp();
        System.out.printf(Locale.ROOT, "model and dictionaries loaded in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        double[] oneByOne = new double[2];
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            for (String text : texts) {
                extractor.meaningOf(text);
            }
            oneByOne[round] = (System.nanoTime() - start) / 1e6 / texts.size();
            System.out.printf(Locale.ROOT, "%s: %d texts (mean %d chars), %.2f ms per text, one call per text%n",
                    round == 0 ? "first pass" : "second pass", texts.size(),
                    texts.stream().mapToInt(String::length).sum() / texts.size(), oneByOne[round]);
        }
        // As a replay does: each batch of 2,000 records encoded together, then indexed one by one from kept vectors.
        MeaningExtractor batched = extractor.remembering(SentenceVectors.inMemory());
        long start = System.nanoTime();
        for (int from = 0; from < texts.size(); from += 4_000) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + 4_000));
            batched.prepare(batch);
            batch.forEach(batched::meaningOf);
        }
        double perText = (System.nanoTime() - start) / 1e6 / texts.size();
        System.out.printf(Locale.ROOT, "prepared in batches: %.2f ms per text = %.2fx faster than one call per text%n",
                perText, oneByOne[1] / perText);
        start = System.nanoTime();
        texts.forEach(batched::meaningOf);
        double kept = (System.nanoTime() - start) / 1e6 / texts.size();
        System.out.printf(Locale.ROOT, "again with every vector kept (a restart): %.2f ms per text = %.0fx faster%n",
                kept, oneByOne[1] / kept);
    }
}
