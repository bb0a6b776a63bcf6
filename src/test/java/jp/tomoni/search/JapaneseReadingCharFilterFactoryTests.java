package jp.tomoni.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The reading text that a かな query is matched against, and its bigrams. */
class JapaneseReadingCharFilterFactoryTests {

	@Test
	void aTextIsReplacedByItsReadingWithPunctuationKept() {
		assertThat(JapaneseReadingCharFilterFactory.readingOf("郷土の歴史や松戸の産業")).isEqualTo("キョウドノレキシヤマツドノサンギョウ");
		assertThat(JapaneseReadingCharFilterFactory.readingOf("文化や歴史、日本")).contains("レキシ、");
	}

	@Test
	void aKatakanaWordKuromojiWouldSplitReadsAsItIsWritten() {
		// Kuromoji reads レキシ alone as レ + キシ: joined again, the query's bigrams are those of the text's reading.
		assertThat(JapaneseReadingCharFilterFactory.readingOf("レキシ")).isEqualTo("レキシ");
		assertThat(JapaneseReadingCharFilterFactory.readingOf("ひらがなです")).startsWith("ヒラガナ");
	}

	@Test
	void theBigramsOfACompoundContainThoseOfItsParts() throws IOException {
		Analyzer analyzer = CustomAnalyzer.builder()
			.addCharFilter(JapaneseReadingCharFilterFactory.class, new HashMap<>())
			.withTokenizer("nGram", "minGramSize", "2", "maxGramSize", "2")
			.build();
		// 美術館 is one word for Kuromoji (ビジュツカン): its reading still contains ビジュツ.
		assertThat(tokens(analyzer, "練馬区立美術館")).containsSubsequence("ビジ", "ジュ", "ュツ");
		assertThat(tokens(analyzer, "びじゅつ")).containsExactly("ビジ", "ジュ", "ュツ");
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}
}
