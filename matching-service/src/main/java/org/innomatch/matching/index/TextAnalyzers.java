package org.innomatch.matching.index;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.innomatch.matching.semantic.EnglishTerms;

/**
 * One analyzer per {@link TextLanguage}, and the per-field wrapper that sends {@code offers_zh} through
 * smartcn, {@code offers_pl} through stempel, and so on. Index and query use the same wrapper, so a field is
 * always queried with the analyzer it was indexed with.
 */
public final class TextAnalyzers implements AutoCloseable {

    /** Lucene's English stop words plus the filler of offer/need texts: see {@link EnglishTerms#STOP_WORDS}. */
    static final CharArraySet ENGLISH_STOP_WORDS = EnglishTerms.STOP_WORDS;

    /** German stop words plus the filler of offer/need texts ("wir bieten unsere ...", "wir suchen ..."). */
    static final CharArraySet GERMAN_STOP_WORDS = stopWords(GermanAnalyzer.getDefaultStopSet(),
            "wir", "uns", "unser", "unsere", "unserem", "unseren", "unserer", "unseres", "ihr", "ihre", "ihren",
            "bieten", "biete", "bietet", "anbieten", "angebot", "suchen", "suche", "sucht", "brauchen", "braucht",
            "benötigen", "benötigt", "möchten", "möchte", "wollen", "können", "kann", "haben", "hat");

    /** Polish stop words plus the filler of offer/need texts ("oferujemy nasze ...", "szukamy ..."). */
    static final CharArraySet POLISH_STOP_WORDS = stopWords(PolishAnalyzer.getDefaultStopSet(),
            "my", "nasz", "nasza", "nasze", "naszego", "naszej", "naszych", "naszym", "naszymi", "wasz", "wasza",
            "oferujemy", "oferuje", "oferta", "ofertę", "zapewniamy", "zapewnia", "szukamy", "szuka", "poszukujemy",
            "poszukuje", "potrzebujemy", "potrzebuje", "chcemy", "chce", "możemy", "może", "mamy", "ma");

    /**
     * smartcn's stop set is punctuation only: add the particles, pronouns and offer/need filler of Chinese texts
     * ("我们提供……", "我们正在寻找……"), which every such text shares.
     */
    static final CharArraySet CHINESE_STOP_WORDS = stopWords(SmartChineseAnalyzer.getDefaultStopSet(),
            "的", "了", "和", "与", "及", "以及", "或", "在", "是", "为", "对", "将", "等", "并", "也", "都", "把", "被",
            "我", "我们", "你", "你们", "您", "贵", "其", "该", "此", "这", "这些", "那", "一个", "一些",
            "提供", "寻找", "寻求", "需要", "希望", "正在", "可以", "能够", "能", "可", "拥有", "有", "想", "欢迎");

    private final Map<TextLanguage, Analyzer> byLanguage = new EnumMap<>(TextLanguage.class);
    private final PerFieldAnalyzerWrapper perField;

    public TextAnalyzers() {
        byLanguage.put(TextLanguage.EN, new EnglishAnalyzer(ENGLISH_STOP_WORDS));
        byLanguage.put(TextLanguage.DE, new GermanAnalyzer(GERMAN_STOP_WORDS));
        byLanguage.put(TextLanguage.PL, new PolishAnalyzer(POLISH_STOP_WORDS));
        byLanguage.put(TextLanguage.ZH, new SmartChineseAnalyzer(CHINESE_STOP_WORDS));
        byLanguage.put(TextLanguage.STANDARD, new StandardAnalyzer());
        Map<String, Analyzer> fields = new LinkedHashMap<>();
        for (String base : CandidateFields.TEXT_FIELDS) {
            for (TextLanguage language : TextLanguage.values()) {
                fields.put(CandidateFields.text(base, language), byLanguage.get(language));
            }
        }
        perField = new PerFieldAnalyzerWrapper(byLanguage.get(TextLanguage.STANDARD), fields);
    }

    public Analyzer perField() {
        return perField;
    }

    /**
     * The analysed terms of a text with the first surface form each came from, in text order
     * (e.g. {@code clinic -> "clinical"}), so that reasons can quote the words the author wrote.
     */
    public Map<String, String> terms(String text, TextLanguage language) {
        return EnglishTerms.surfaces(byLanguage.get(language), text);
    }

    private static CharArraySet stopWords(CharArraySet base, String... extra) {
        CharArraySet set = new CharArraySet(base, true);
        set.addAll(java.util.List.of(extra));
        return CharArraySet.unmodifiableSet(set);
    }

    @Override
    public void close() {
        byLanguage.values().forEach(Analyzer::close);
    }
}
