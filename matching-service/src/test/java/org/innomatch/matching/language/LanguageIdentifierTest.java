package org.innomatch.matching.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void build() {
        identifier = new LanguageIdentifier();
    }

    @Test
    void shortTexts() {
        assertEquals("en", identifier.identify("We are looking for hospitals"));
        assertEquals("de", identifier.identify("Wir suchen Krankenhäuser"));
        assertEquals("pl", identifier.identify("Szukamy szpitali w Chinach"));
        assertEquals("fr", identifier.identify("Nous recherchons des banques"));
        assertEquals("zh", identifier.identify("寻找医院"));
        assertEquals("it", identifier.identify("Cerchiamo ospedali e cliniche universitarie"));
        assertEquals("nl", identifier.identify("Wij zoeken ziekenhuizen voor een klinische studie"));
        assertEquals("es", identifier.identify("Buscamos hospitales para un ensayo clínico"));
        assertEquals("he", identifier.identify("אנחנו מחפשים בתי חולים"));
    }

    @Test
    void longTexts() {
        assertEquals("en", identifier.identify("Our company develops a minimally invasive heart valve repair system. "
                + "We are looking for Chinese hospitals with experience in structural heart disease to run a "
                + "multicentre registration trial, and for a distribution partner with NMPA experience."));
        assertEquals("de", identifier.identify("Das Fraunhofer-Institut entwickelt Verfahren für die additive "
                + "Fertigung von Titanimplantaten. Wir bieten Prototypenfertigung, Werkstoffprüfung und die "
                + "Begleitung der Zertifizierung nach ISO 13485 an."));
        assertEquals("pl", identifier.identify("Nasze laboratorium obrazowania medycznego opracowuje algorytmy "
                + "sztucznej inteligencji do analizy zdjęć rentgenowskich. Oferujemy walidację kliniczną i dostęp "
                + "do anonimizowanych danych z polskich szpitali."));
        assertEquals("fr", identifier.identify("Notre laboratoire développe des capteurs pour la surveillance de la "
                + "qualité de l'air dans les villes. Nous recherchons des partenaires industriels et des "
                + "collectivités pour des projets pilotes en Chine."));
        assertEquals("zh", identifier.identify("我们是一家专注于医疗影像人工智能的高新技术企业，产品已获得NMPA三类证，"
                + "希望与欧洲医院合作开展多中心临床研究。"));
    }

    @Test
    void aPolishOrganisationWritingEnglishIsEnglish() {
        assertEquals("en", identifier.identify("The Warsaw imaging lab offers access to annotated MRI data "
                + "and seeks partners for joint research projects in medical AI."));
    }

    @Test
    void englishWithAFewGermanWordsStaysEnglish() {
        assertEquals("en", identifier.identify("We offer Industrie 4.0 consulting for the Mittelstand and "
                + "look for partners in smart manufacturing and predictive maintenance."));
    }

    @Test
    void emptyAndLetterlessTextsAreUndetermined() {
        assertEquals(LanguageIdentifier.UNDETERMINED, identifier.identify(""));
        assertEquals(LanguageIdentifier.UNDETERMINED, identifier.identify(null));
        assertEquals(LanguageIdentifier.UNDETERMINED, identifier.identify("  12 345 -- !"));
    }

    @Test
    void hanDominanceIsChineseDespiteLatinCodes() {
        assertEquals("zh", identifier.identify("TRL 6 的AI辅助诊断系统，寻找CE认证合作伙伴"));
    }
}
