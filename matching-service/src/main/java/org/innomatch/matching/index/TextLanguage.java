package org.innomatch.matching.index;

import java.util.List;
import java.util.Locale;

/**
 * The analysis language of a text. Detection is deliberately cheap: any Han character means Chinese,
 * otherwise the first supported language the author declared, otherwise the language-neutral standard chain.
 */
public enum TextLanguage {
    EN("en"),
    DE("de"),
    PL("pl"),
    ZH("zh"),
    STANDARD("std");

    private final String suffix;

    TextLanguage(String suffix) {
        this.suffix = suffix;
    }

    /** The suffix of the per-language index field, e.g. {@code offers_en}. */
    public String suffix() {
        return suffix;
    }

    public static TextLanguage detect(String text, List<String> declaredLanguages) {
        if (text != null && containsHan(text)) {
            return ZH;
        }
        if (declaredLanguages != null) {
            for (String declared : declaredLanguages) {
                // A declared "zh" says nothing about a Latin-script text, so only Latin-script languages count here.
                switch (declared == null ? "" : declared.toLowerCase(Locale.ROOT)) {
                    case "en": return EN;
                    case "de": return DE;
                    case "pl": return PL;
                    default: break;
                }
            }
        }
        return STANDARD;
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
