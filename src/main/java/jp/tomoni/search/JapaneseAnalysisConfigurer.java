package jp.tomoni.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers every module's index uses for Japanese text:
 * <ul>
 * <li>{@code japanese}: Kuromoji (search mode) with base forms, part-of-speech stop words, width normalisation
 * (ＮＰＯ → npo, ﾎﾞﾗﾝﾃｨｱ → ボランティア) and katakana stemming — the surface match, ranked first;</li>
 * <li>{@code japanese_reading}: character bigrams of the text's reading in katakana (郷土の歴史 → キョウドノレキシ, see
 * {@link JapaneseReadingCharFilterFactory}), so that a かな query (turned into katakana before it is searched) finds
 * kanji, inside compounds too (びじゅつ finds 美術館);</li>
 * <li>{@code japanese_reading_words}: the katakana reading of each word (子育て → コソダテ), for marking the words a
 * かな query found ({@link Highlighter});</li>
 * <li>{@code ngram}: character bigrams after width normalisation, with hiragana folded to katakana (so こそだて and
 * the フリガナ コソダテ share their grams), the recall net for words Kuromoji splits differently and for partial
 * words;</li>
 * <li>normalisers {@code lowercase} (exact keyword matches) and {@code sort} (五十音順 by reading).</li>
 * </ul>
 * Synonyms are expanded at query time from the {@link SynonymDictionary}, so that administrators extend it without
 * a re-index.
 */
public class JapaneseAnalysisConfigurer implements LuceneAnalysisConfigurer {

	/**
	 * The version of these definitions: an index written with other definitions is rebuilt at start-up
	 * ({@link SearchIndexInitializer}). Raise it with every change that alters what is indexed.
	 */
	public static final int VERSION = 2;

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer("japanese")
			.custom()
			.tokenizer("japanese")
			.param("mode", "search")
			.tokenFilter("japaneseBaseForm")
			.tokenFilter("japanesePartOfSpeechStop")
			.tokenFilter("cjkWidth")
			.tokenFilter("japaneseKatakanaStem")
			.tokenFilter("lowercase");
		context.analyzer("japanese_reading")
			.custom()
			.tokenizer("nGram")
			.param("minGramSize", "2")
			.param("maxGramSize", "2")
			.charFilter(JapaneseReadingCharFilterFactory.class)
			.tokenFilter("cjkWidth")
			.tokenFilter("lowercase");
		context.analyzer("japanese_reading_words")
			.custom()
			.tokenizer("japanese")
			.param("mode", "search")
			.tokenFilter("cjkWidth")
			.tokenFilter("japaneseReadingForm")
			.tokenFilter("lowercase");
		context.analyzer("ngram")
			.custom()
			.tokenizer("nGram")
			.param("minGramSize", "2")
			.param("maxGramSize", "2")
			.charFilter("mapping")
			.param("mapping", "jp/tomoni/search/hiragana-to-katakana.txt")
			.tokenFilter("cjkWidth")
			.tokenFilter("lowercase");
		context.normalizer("lowercase").custom().tokenFilter("cjkWidth").tokenFilter("lowercase");
		context.normalizer("sort").custom().tokenFilter("cjkWidth").tokenFilter("lowercase");
	}
}
