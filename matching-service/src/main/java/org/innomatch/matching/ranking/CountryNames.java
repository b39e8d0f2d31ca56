package org.innomatch.matching.ranking;

import java.util.ArrayList;
import java.util.Arrays;
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

    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("CN", "Chinese"), Map.entry("DE", "German"), Map.entry("PL", "Polish"), Map.entry("IL", "Israeli"),
            Map.entry("CA", "Canadian"), Map.entry("PK", "Pakistani"), Map.entry("FR", "French"), Map.entry("IT", "Italian"),
            Map.entry("NL", "Dutch"), Map.entry("BE", "Belgian"), Map.entry("SE", "Swedish"), Map.entry("CH", "Swiss"),
            Map.entry("GB", "British"), Map.entry("US", "American"), Map.entry("JP", "Japanese"), Map.entry("KR", "Korean"),
            Map.entry("IN", "Indian"), Map.entry("SG", "Singaporean"), Map.entry("AT", "Austrian"), Map.entry("ES", "Spanish"),
            Map.entry("PT", "Portuguese"), Map.entry("FI", "Finnish"), Map.entry("DK", "Danish"), Map.entry("NO", "Norwegian"),
            Map.entry("CZ", "Czech"), Map.entry("HU", "Hungarian"), Map.entry("GR", "Greek"), Map.entry("IE", "Irish"),
            Map.entry("AU", "Australian"), Map.entry("BR", "Brazilian"), Map.entry("TR", "Turkish"), Map.entry("EG", "Egyptian"),
            Map.entry("TH", "Thai"), Map.entry("VN", "Vietnamese"), Map.entry("MY", "Malaysian"), Map.entry("ID", "Indonesian"),
            Map.entry("LT", "Lithuanian"), Map.entry("LV", "Latvian"), Map.entry("EE", "Estonian"), Map.entry("SK", "Slovak"),
            Map.entry("SI", "Slovenian"), Map.entry("HR", "Croatian"), Map.entry("RO", "Romanian"), Map.entry("BG", "Bulgarian"),
            Map.entry("UA", "Ukrainian"), Map.entry("KZ", "Kazakh"), Map.entry("MX", "Mexican"), Map.entry("AR", "Argentine"),
            Map.entry("CL", "Chilean"), Map.entry("NZ", "New Zealand"), Map.entry("ZA", "South African"),
            Map.entry("AE", "Emirati"), Map.entry("SA", "Saudi"), Map.entry("PH", "Philippine"), Map.entry("LU", "Luxembourgish"));

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
