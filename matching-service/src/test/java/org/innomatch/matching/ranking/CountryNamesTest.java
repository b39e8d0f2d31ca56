package org.innomatch.matching.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.innomatch.matching.semantic.EnglishTerms;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

    private final EnglishTerms english = new EnglishTerms();
    private final CountryNames countries = new CountryNames(english);

    @Test
    void aNeedNamesACountryByNameOrDemonym() {
        assertTrue(countries.named(english.of("We need Chinese hospitals for a clinical pilot."), "CN"));
        assertTrue(countries.named(english.of("Pilot sites in China."), "cn"));
        assertTrue(countries.named(english.of("Looking for Swedish charging suppliers."), "SE"));
        assertFalse(countries.named(english.of("We need Chinese hospitals for a clinical pilot."), "PL"));
        assertFalse(countries.named(english.of("We need hospitals."), "CN"));
    }

    @Test
    void aNameOfSeveralWordsIsMetOnlyByAllOfThem() {
        assertTrue(countries.named(english.of("Dairy research partners from New Zealand."), "NZ"));
        assertFalse(countries.named(english.of("A new approach to dairy processing."), "NZ"));
    }

    @Test
    void noCountryNamesNothing() {
        assertFalse(countries.named(english.of("Chinese partners"), null));
        assertFalse(countries.named(new String[0], "CN"));
        assertEquals("China", countries.nameOf("cn"));
    }
}
