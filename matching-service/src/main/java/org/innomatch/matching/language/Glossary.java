package org.innomatch.matching.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * One word-by-word dictionary, headword (lower case except Chinese) to its first English gloss, read from
 * {@code glossary/<language>-en.tsv.gz} (built by {@code matching-service/glossary/build-glossary.py}).
 * Immutable after construction.
 */
final class Glossary {

    private final Map<String, String> glosses;

    private Glossary(Map<String, String> glosses) {
        this.glosses = glosses;
    }

    static Glossary load(String language) {
        String resource = "/glossary/" + language + "-en.tsv.gz";
        Map<String, String> glosses = new HashMap<>(1 << 16);
        // Many headwords share a gloss ("hospital", "study"): one String each saves a fifth of the heap.
        Map<String, String> distinct = new HashMap<>(1 << 16);
        try (InputStream raw = Glossary.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader lines = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                int alternatives = line.indexOf("; ", tab);
                String gloss = line.substring(tab + 1, alternatives < 0 ? line.length() : alternatives);
                glosses.putIfAbsent(line.substring(0, tab), distinct.computeIfAbsent(gloss, g -> g));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new Glossary(glosses);
    }

    /** The first gloss of a headword, or null. */
    String lookup(String headword) {
        return glosses.get(headword);
    }

    int size() {
        return glosses.size();
    }

    /**
     * The same glosses under other keys (stems, accent-free spellings), for tokens that miss the headwords; where
     * two headwords map to one key, the shorter headword (the base form) wins.
     */
    Glossary rekeyed(UnaryOperator<String> key) {
        Map<String, String> rekeyed = new HashMap<>(glosses.size() * 2);
        Map<String, String> from = new HashMap<>(glosses.size() * 2);
        glosses.forEach((headword, gloss) -> {
            if (headword.indexOf(' ') >= 0) {
                return;
            }
            String mapped = key.apply(headword);
            if (mapped == null || mapped.isEmpty()) {
                return;
            }
            String previous = from.get(mapped);
            if (previous == null || headword.length() < previous.length()
                    || headword.length() == previous.length() && headword.compareTo(previous) < 0) {
                from.put(mapped, headword);
                rekeyed.put(mapped, gloss);
            }
        });
        return new Glossary(rekeyed);
    }
}
