package org.innomatch.matching.language;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Measures what the language package costs: heap of the identifier (both accuracies) and of the four glossaries,
 * load times, and the time per gloss. Heap figures are differences of used heap after full collections, so they
 * are approximate; the bound checked is the one the glosser is meant to stay under.
 */
class GlossaryFootprintTest {

    @Test
    void heapLoadTimeAndTimePerGloss() {
        // Lingua keeps loaded models in a JVM-wide cache shared by detectors: low (trigrams only) is measured
        // first, high then adds what it loads on top, and the glosser uses the low one.
        long base = usedHeap();
        long start = System.nanoTime();
        LanguageIdentifier low = new LanguageIdentifier(LanguageIdentifier.Accuracy.LOW);
        long lowMillis = (System.nanoTime() - start) / 1_000_000;
        long lowHeap = usedHeap() - base;

        base = usedHeap();
        start = System.nanoTime();
        LanguageIdentifier high = new LanguageIdentifier(LanguageIdentifier.Accuracy.HIGH);
        long highMillis = (System.nanoTime() - start) / 1_000_000;
        long highHeap = usedHeap() - base;
        high.identify("warm up");
        System.out.printf("identifier LOW: %d ms, %d MB heap; HIGH: %d ms, %d MB more heap%n",
                lowMillis, lowHeap >> 20, highMillis, highHeap >> 20);

        EnglishGlosser glosser = new EnglishGlosser(low);
        base = usedHeap();
        start = System.nanoTime();
        for (String language : List.of("zh", "de", "pl", "fr")) {
            glosser.preload(language);
        }
        long glossaryMillis = (System.nanoTime() - start) / 1_000_000;
        long glossaryHeap = usedHeap() - base;
        System.out.printf("glossaries zh+de+pl+fr: %d ms, %d MB heap%n", glossaryMillis, glossaryHeap >> 20);

        List<String[]> texts = List.of(
                new String[] {"zh", "我们是一家专注于医疗影像人工智能的高新技术企业，希望与欧洲医院合作开展多中心临床研究。"},
                new String[] {"de", "Wir suchen chinesische Krankenhäuser für eine multizentrische Zulassungsstudie unseres Herzklappenreparatursystems."},
                new String[] {"pl", "Nasze laboratorium opracowuje algorytmy sztucznej inteligencji do analizy zdjęć rentgenowskich."},
                new String[] {"fr", "Notre laboratoire développe des capteurs pour la surveillance de la qualité de l'air dans les villes."});
        int rounds = 2_000;
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                for (String[] text : texts) {
                    glosser.toEnglish(text[1], text[0]);
                }
            }
        }
        double glossMicros = (System.nanoTime() - start) / 1e3 / (rounds * texts.size());
        start = System.nanoTime();
        for (int i = 0; i < rounds / 10; i++) {
            for (String[] text : texts) {
                glosser.gloss(text[1]);
            }
        }
        double identifyAndGlossMicros = (System.nanoTime() - start) / 1e3 / (rounds / 10 * texts.size());
        System.out.printf("toEnglish: %.1f µs per text; gloss (identify + toEnglish): %.1f µs per text%n",
                glossMicros, identifyAndGlossMicros);

        assertTrue(glossaryHeap < 150L << 20, "glossaries take " + (glossaryHeap >> 20) + " MB");
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
