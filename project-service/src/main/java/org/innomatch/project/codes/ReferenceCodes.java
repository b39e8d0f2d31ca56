package org.innomatch.project.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The codes this service validates against: sectors and cooperation types from {@code codes/reference-codes.json}
 * (a copy of the list in architecture.md; profile-service owns the public taxonomy), ISO 3166-1 alpha-2
 * countries and ISO 4217 currencies from the JDK.
 */
@ApplicationScoped
public class ReferenceCodes {

    static final String RESOURCE = "codes/reference-codes.json";
    // A sub-code refines a known parent: HEALTH.MEDTECH. The taxonomy owns the children, so any well-formed one is accepted.
    private static final Pattern SUB_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private final List<String> sectors;
    private final List<String> cooperationTypes;
    private final List<String> countries;
    private final Set<String> countrySet;
    private final List<String> currencies;

    public ReferenceCodes() {
        CodeFile file = load();
        this.sectors = List.copyOf(file.sectors());
        this.cooperationTypes = List.copyOf(file.cooperationTypes());
        this.countries = Arrays.stream(Locale.getISOCountries()).sorted().toList();
        this.countrySet = Set.copyOf(countries);
        this.currencies = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
    }

    /** Parent sector codes; each also accepts sub-codes {@code PARENT.CHILD}. */
    public List<String> sectors() {
        return sectors;
    }

    public List<String> cooperationTypes() {
        return cooperationTypes;
    }

    public List<String> countries() {
        return countries;
    }

    public List<String> currencies() {
        return currencies;
    }

    public boolean isSector(String code) {
        if (code == null) {
            return false;
        }
        int dot = code.indexOf('.');
        if (dot < 0) {
            return sectors.contains(code);
        }
        return sectors.contains(code.substring(0, dot)) && SUB_CODE.matcher(code.substring(dot + 1)).matches();
    }

    public boolean isCooperationType(String code) {
        return cooperationTypes.contains(code);
    }

    public boolean isCountry(String code) {
        return code != null && countrySet.contains(code);
    }

    public boolean isCurrency(String code) {
        return code != null && currencies.contains(code);
    }

    private static CodeFile load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            return new ObjectMapper().readValue(in, CodeFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CodeFile(List<String> sectors, List<String> cooperationTypes) {
    }
}
