package org.innomatch.matching.semantic;

import org.innomatch.matching.language.EnglishGlosser;
import org.innomatch.matching.language.Glossed;
import org.innomatch.matching.language.LanguageIdentifier;

/** The service's way to bring texts to English: identify each text's language, then gloss it with dictionaries. */
public final class Translation {

    private Translation() {
    }

    public static ToEnglish toEnglish() {
        EnglishGlosser glosser = new EnglishGlosser(new LanguageIdentifier());
        return text -> {
            if (text == null || text.isBlank()) {
                return EnglishRendering.EMPTY;
            }
            Glossed glossed = glosser.gloss(text);
            return new EnglishRendering(glossed.language(), glossed.english());
        };
    }
}
