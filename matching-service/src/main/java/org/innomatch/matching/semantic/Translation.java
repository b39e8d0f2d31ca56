package org.innomatch.matching.semantic;

/** The service's way to bring texts to English. */
final class Translation {

    private Translation() {
    }

    static ToEnglish toEnglish() {
        return ToEnglish.AS_ENGLISH;
    }
}
