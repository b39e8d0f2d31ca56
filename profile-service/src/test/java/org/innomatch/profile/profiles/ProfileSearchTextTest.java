package org.innomatch.profile.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileSearchTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ultrasound imaging          | ultrasound imaging",
            "Medizintechnik Übersee      | Medizintechnik Übersee",
            "医疗器械                      | \"医 疗 器 械\"",
            "AI 医疗 robotics             | AI \"医 疗\" robotics",
            "AI医疗                       | AI \"医 疗\"",
            "医疗AI                       | \"医 疗\" AI",
            "-器械 ultrasound             | -\"器 械\" ultrasound",
            "\"智能 医疗\"                  | \"智 能 医 疗\"",
            "\"smart 医疗 devices\"        | \"smart 医 疗 devices\"",
            "医疗 or 健康                  | \"医 疗\" or \"健 康\"",
            "カメラ                        | \"カ メ ラ\""})
    void splitsChineseAndJapaneseRunsIntoPhrasesOfCharacters(String query, String expected) {
        assertEquals(expected, ProfileSearchText.websearchQuery(query));
    }
}
