package org.innomatch.matching.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** What every offer or need says in its language ("we offer", "wir suchen", "我们提供") is no matched term. */
class TextAnalyzersTest {

    private static final TextAnalyzers ANALYZERS = new TextAnalyzers();

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    private static Set<String> surfaces(String text, TextLanguage language) {
        Map<String, String> terms = ANALYZERS.terms(text, language);
        return Set.copyOf(terms.values());
    }

    @Test
    void chineseFillerIsDroppedAndTheSubjectKept() {
        Set<String> offer = surfaces("我们提供心电图人工智能模型，并寻找临床验证合作伙伴。", TextLanguage.ZH);
        assertFalse(offer.contains("我们") || offer.contains("提供") || offer.contains("寻找"), offer.toString());
        assertTrue(offer.contains("心电图") && offer.contains("临床"), offer.toString());
        // Two texts about different things no longer share a term only because both say what they offer.
        Set<String> other = surfaces("我们提供奶牛饲料添加剂。", TextLanguage.ZH);
        assertTrue(other.stream().noneMatch(offer::contains), offer + " / " + other);
    }

    @Test
    void polishFillerIsDroppedAndTheSubjectKept() {
        Set<String> offer = surfaces("Oferujemy nasze modele EKG i szukamy partnera do walidacji klinicznej.",
                TextLanguage.PL);
        assertFalse(offer.contains("Oferujemy") || offer.contains("nasze") || offer.contains("szukamy"),
                offer.toString());
        assertTrue(offer.contains("EKG") && offer.contains("klinicznej"), offer.toString());
    }

    @Test
    void germanFillerIsDroppedAndTheSubjectKept() {
        Set<String> offer = surfaces("Wir bieten unsere EKG-Modelle und suchen Partner für die klinische Validierung.",
                TextLanguage.DE);
        assertFalse(offer.contains("Wir") || offer.contains("bieten") || offer.contains("unsere")
                || offer.contains("suchen"), offer.toString());
        assertTrue(offer.contains("klinische") && offer.contains("Validierung"), offer.toString());
    }

    @Test
    void englishFillerIsDroppedAsBefore() {
        Set<String> offer = surfaces("We offer our ECG models and need clinical validation.", TextLanguage.EN);
        assertFalse(offer.contains("offer") || offer.contains("our") || offer.contains("need"), offer.toString());
        assertTrue(offer.contains("clinical") && offer.contains("validation"), offer.toString());
    }
}
