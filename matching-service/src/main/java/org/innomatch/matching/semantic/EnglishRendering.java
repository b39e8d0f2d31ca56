package org.innomatch.matching.semantic;

/**
 * A text as the engine compares it: the language it was written in and its English rendering (the text itself
 * when it is English, else a dictionary gloss), so that one English model and one English analyzer serve every
 * language.
 */
public record EnglishRendering(String language, String english) {

    public static final EnglishRendering EMPTY = new EnglishRendering("und", "");

    public boolean translated() {
        return !"en".equals(language) && !"und".equals(language);
    }
}
