package org.innomatch.matching.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EnglishGlosserTest {

    private static final EnglishGlosser GLOSSER = new EnglishGlosser();

    private static String gloss(String text, String language) {
        String english = GLOSSER.toEnglish(text, language);
        System.out.printf("[%s] %s%n     -> %s%n", language, text, english);
        return english;
    }

    private static void assertContains(String english, String... words) {
        for (String word : words) {
            assertTrue((" " + english.toLowerCase() + " ").matches("(?s).*\\b" + word.toLowerCase() + "\\b.*"),
                    () -> "expected '" + word + "' in: " + english);
        }
    }

    @Test
    void chinese() {
        String english = gloss("我们寻找三至五家具备医疗器械临床试验资质的医院", "zh");
        assertContains(english, "hospital", "clinical trial", "medical device");
    }

    @Test
    void chineseKeepsLatinRunsAndCodes() {
        String english = gloss("本产品已达到TRL 6，可减少30%的CO2排放，结合AI算法", "zh");
        assertContains(english, "TRL 6", "CO2", "AI", "30", "combine");
    }

    @Test
    void german() {
        String english = gloss("Wir suchen chinesische Krankenhäuser für eine multizentrische Zulassungsstudie", "de");
        assertContains(english, "hospitals?", "study", "Chinese");
    }

    @Test
    void germanCompoundsAreSplit() {
        String english = gloss("Herzklappenreparatursystem", "de");
        assertContains(english, "valve", "repair", "system");
    }

    @Test
    void polish() {
        String english = gloss("Szukamy szpitali w Chinach do badań klinicznych", "pl");
        assertContains(english, "hospital", "clinical", "China");
    }

    @Test
    void polishInflectionsHitTheBaseForm() {
        assertContains(gloss("szpitalami", "pl"), "hospital");
        assertContains(gloss("szpitali", "pl"), "hospital");
    }

    @Test
    void french() {
        String english = gloss("Nous recherchons des banques pour des projets pilotes", "fr");
        assertContains(english, "bank", "pilot");
    }

    @Test
    void frenchElisionAndAccents() {
        assertContains(gloss("l'hôpital", "fr"), "hospital");
        assertContains(gloss("hopital", "fr"), "hospital");
    }

    @Test
    void stopWordsAreDroppedAndCodesKept() {
        assertEquals("hospital ISO 13485", GLOSSER.toEnglish("das Krankenhaus und die ISO 13485", "de"));
    }

    @Test
    void englishAndUnknownLanguagesPassThrough() {
        assertEquals("We seek hospitals.", GLOSSER.toEnglish("We seek hospitals.", "en"));
        assertEquals("Cerchiamo ospedali", GLOSSER.toEnglish("Cerchiamo ospedali", "it"));
        assertEquals("", GLOSSER.toEnglish("", "de"));
    }

    @Test
    void glossIdentifiesTheLanguageFirst() {
        Glossed glossed = GLOSSER.gloss("Wir entwickeln Sensoren für die Luftqualität in Städten");
        System.out.println("gloss(): " + glossed);
        assertEquals("de", glossed.language());
        assertContains(glossed.english(), "air", "quality");
        Glossed english = GLOSSER.gloss("We develop sensors for urban air quality");
        assertEquals(new Glossed("en", "We develop sensors for urban air quality"), english);
    }

    /** Realistic offers and needs, printed for a reader to judge; each must at least produce English words. */
    @Test
    void realisticTexts() {
        List<String[]> texts = List.of(
                new String[] {"zh", "我们是一家专注于医疗影像人工智能的高新技术企业，产品已获得NMPA三类证，希望与欧洲医院合作开展多中心临床研究。"},
                new String[] {"zh", "北京某三甲医院心血管中心提供临床数据和专家资源，寻求国际合作伙伴共同开发智能诊断系统。"},
                new String[] {"de", "Das Institut entwickelt Verfahren für die additive Fertigung von Titanimplantaten und bietet Werkstoffprüfung nach ISO 13485 an."},
                new String[] {"pl", "Nasze laboratorium opracowuje algorytmy sztucznej inteligencji do analizy zdjęć rentgenowskich i oferuje walidację kliniczną."},
                new String[] {"fr", "Notre laboratoire développe des capteurs pour la surveillance de la qualité de l'air dans les villes."});
        for (String[] text : texts) {
            String english = gloss(text[1], text[0]);
            assertTrue(english.split(" ").length >= 5, english);
        }
    }
}
