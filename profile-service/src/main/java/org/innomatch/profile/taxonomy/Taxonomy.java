package org.innomatch.profile.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

/**
 * The reference codes profiles are validated against. Kinds, sectors and cooperation types come from
 * {@code taxonomy/taxonomy.json}; countries (ISO 3166-1 alpha-2) and languages (ISO 639-1) from the JDK.
 * Everything is read once at startup and never changes while the service runs.
 */
@Startup
@ApplicationScoped
public class Taxonomy {

    static final String RESOURCE = "taxonomy/taxonomy.json";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final CodeList kinds;
    private final CodeList sectors;
    private final CodeList cooperationTypes;
    private final CodeList countries;
    private final CodeList languages;

    public Taxonomy(ObjectMapper mapper) {
        TaxonomyDocument document = read(mapper);
        this.kinds = new CodeList(document.kinds());
        this.sectors = new CodeList(document.sectors());
        this.cooperationTypes = new CodeList(document.cooperationTypes());
        this.countries = new CodeList(isoCountries());
        this.languages = new CodeList(isoLanguages());
    }

    private static TaxonomyDocument read(ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing taxonomy resource " + RESOURCE);
            }
            TaxonomyDocument document = mapper.readValue(in, TaxonomyDocument.class);
            if (document.kinds() == null || document.sectors() == null || document.cooperationTypes() == null) {
                throw new IllegalStateException(RESOURCE + " must define kinds, sectors and cooperationTypes");
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static List<TaxonomyEntry> isoCountries() {
        return Arrays.stream(Locale.getISOCountries())
                .sorted()
                .map(code -> {
                    Locale country = new Locale("", code);
                    return new TaxonomyEntry(code, labels(country.getDisplayCountry(Locale.ENGLISH),
                            country.getDisplayCountry(CHINESE)), null);
                })
                .toList();
    }

    private static List<TaxonomyEntry> isoLanguages() {
        return Arrays.stream(Locale.getISOLanguages())
                .sorted(Comparator.naturalOrder())
                .map(code -> {
                    Locale language = new Locale(code);
                    return new TaxonomyEntry(code, labels(language.getDisplayLanguage(Locale.ENGLISH),
                            language.getDisplayLanguage(CHINESE)), null);
                })
                .toList();
    }

    private static Map<String, String> labels(String en, String zh) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("en", en);
        labels.put("zh", zh);
        return labels;
    }

    public CodeList kinds() {
        return kinds;
    }

    /** Sector codes including sub-codes such as {@code HEALTH.MEDTECH}. */
    public CodeList sectors() {
        return sectors;
    }

    public CodeList cooperationTypes() {
        return cooperationTypes;
    }

    public CodeList countries() {
        return countries;
    }

    public CodeList languages() {
        return languages;
    }

    record TaxonomyDocument(List<TaxonomyEntry> kinds, List<TaxonomyEntry> sectors,
                            List<TaxonomyEntry> cooperationTypes) {
    }
}
