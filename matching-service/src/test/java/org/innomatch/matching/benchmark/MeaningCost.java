package org.innomatch.matching.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.innomatch.events.profiles.ProfileUpserted;
import org.innomatch.matching.semantic.MeaningExtractor;

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
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            for (String text : texts) {
                extractor.meaningOf(text);
            }
            double perText = (System.nanoTime() - start) / 1e6 / texts.size();
            System.out.printf(Locale.ROOT, "%s: %d texts (mean %d chars), %.2f ms per text on one thread%n",
                    round == 0 ? "first pass" : "second pass", texts.size(),
                    texts.stream().mapToInt(String::length).sum() / texts.size(), perText);
        }
    }
}
