package org.innomatch.matching.language;

/**
 * A text brought to English: the ISO 639-1 code of the language it was identified as ("und" when none) and its
 * English gloss (the text itself when it was English or in a language without a glossary).
 */
public record Glossed(String language, String english) {
}
