package org.innomatch.matching.language;

import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Identifies the language of a free text with Lingua, restricted to the languages participants write in. Building
 * the detector loads its n-gram models, so one instance is meant to be shared (it is thread-safe: the models are
 * loaded up front and only read afterwards).
 */
public final class LanguageIdentifier {

    /** ISO 639-2 "undetermined": an empty text, or one without letters. */
    public static final String UNDETERMINED = "und";

    private static final Language[] LANGUAGES = {
        Language.ENGLISH, Language.GERMAN, Language.POLISH, Language.FRENCH, Language.CHINESE,
        Language.ITALIAN, Language.DUTCH, Language.SPANISH, Language.HEBREW, Language.URDU,
    };

    /** How the detector trades memory for accuracy on short texts. */
    public enum Accuracy { LOW, HIGH }

    private final LanguageDetector detector;

    /**
     * The low-accuracy detector (trigram models only). Measured for these ten languages (GlossaryFootprintTest):
     * low takes about 9 MB of heap and 1.4 s to build, high about 217 MB and 4.9 s; low gets every case of
     * LanguageIdentifierTest right, short texts included, so the extra 200 MB buy nothing visible for offers and needs.
     */
    public LanguageIdentifier() {
        this(Accuracy.LOW);
    }

    public LanguageIdentifier(Accuracy accuracy) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(LANGUAGES).withPreloadedLanguageModels();
        if (accuracy == Accuracy.LOW) {
            builder = builder.withLowAccuracyMode();
        }
        detector = builder.build();
    }

    /** The ISO 639-1 code of the text's language ("en", "zh", "de", ...) or {@link #UNDETERMINED}. */
    public String identify(String text) {
        if (text == null) {
            return UNDETERMINED;
        }
        int letters = 0;
        int han = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isLetter(codePoint)) {
                letters++;
                if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        if (letters == 0) {
            return UNDETERMINED;
        }
        // A Han character stands for a word where a Latin letter stands for a sixth of one: a third is dominance.
        if (han * 3 >= letters) {
            return "zh";
        }
        Language language = detector.detectLanguageOf(text);
        return language == Language.UNKNOWN ? UNDETERMINED : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}
