package org.innomatch.matching.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.innomatch.matching.semantic.EnglishTerms;

/**
 * Whether a text names a country, by its English name or demonym, on the text's analysed English terms: a need
 * written in Chinese, German or Polish names "China" or "Chinese" once glossed. A need that names the country a
 * target is in ("we need Chinese hospitals") is the strongest sign of who can meet it, and the one counsellors'
 * needs carry most.
 */
public final class CountryNames {

    /** Demonyms by ISO 3166 code; a country's English name comes from the JDK. */
    private static final Map<String, String> DEMONYMS = parse("""
            CN Chinese, DE German, PL Polish, IL Israeli, CA Canadian, PK Pakistani, FR French, IT Italian, NL Dutch,
            BE Belgian, SE Swedish, CH Swiss, GB British, US American, JP Japanese, KR Korean, IN Indian,
            SG Singaporean, AT Austrian, ES Spanish, PT Portuguese, FI Finnish, DK Danish, NO Norwegian, CZ Czech,
            HU Hungarian, GR Greek, IE Irish, AU Australian, BR Brazilian, TR Turkish, EG Egyptian, TH Thai,
            VN Vietnamese, MY Malaysian, ID Indonesian, LT Lithuanian, LV Latvian, EE Estonian, SK Slovak,
            SI Slovenian, HR Croatian, RO Romanian, BG Bulgarian, UA Ukrainian, KZ Kazakh, MX Mexican, AR Argentine,
            CL Chilean, NZ New Zealand, ZA South African, AE Emirati, SA Saudi, PH Philippine, LU Luxembourgish""");

    private final EnglishTerms terms;
    /** Per country code, its names as analysed terms: each name is met when all of its terms are. */
    private final Map<String, List<String[]>> names = new ConcurrentHashMap<>();

    public CountryNames(EnglishTerms terms) {
        this.terms = terms;
    }

    /** Whether the sorted analysed {@code textTerms} name the country {@code countryCode} (ISO 3166 alpha-2). */
    public boolean named(String[] textTerms, String countryCode) {
        if (countryCode == null || countryCode.isBlank() || textTerms.length == 0) {
            return false;
        }
        for (String[] name : names.computeIfAbsent(countryCode.toUpperCase(Locale.ROOT), this::namesOf)) {
            if (name.length > 0 && Arrays.stream(name).allMatch(t -> Arrays.binarySearch(textTerms, t) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** The English name of a country ("China" for CN). */
    public String nameOf(String countryCode) {
        return new Locale("", countryCode.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
    }

    private static Map<String, String> parse(String pairs) {
        Map<String, String> out = new HashMap<>();
        for (String pair : pairs.split(",")) {
            String trimmed = pair.strip();
            out.put(trimmed.substring(0, 2), trimmed.substring(3));
        }
        return Map.copyOf(out);
    }

    private List<String[]> namesOf(String code) {
        List<String[]> out = new ArrayList<>();
        String name = nameOf(code);
        if (!name.isBlank() && !name.equals(code)) {
            out.add(terms.of(name));
        }
        String demonym = DEMONYMS.get(code);
        if (demonym != null) {
            out.add(terms.of(demonym));
        }
        return out;
    }
}
