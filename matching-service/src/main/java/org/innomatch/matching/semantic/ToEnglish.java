package org.innomatch.matching.semantic;

/** Brings a text of any supported language to English. */
@FunctionalInterface
public interface ToEnglish {

    EnglishRendering render(String text);

    /** Takes every text as English: for tests that do not need translation. */
    ToEnglish AS_ENGLISH = text -> text == null || text.isBlank() ? EnglishRendering.EMPTY : new EnglishRendering("en", text);
}
