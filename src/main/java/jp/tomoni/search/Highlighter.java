package jp.tomoni.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManagerFactory;
import jp.tomoni.shared.JapaneseText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Marks in a text what a query matched, for a result list: each word typed and its synonyms where they occur
 * (width and かな／カナ folded, so ｽﾎﾟｰﾂ marks スポーツ and こども marks コドモ), and, for a word typed in かな, the words
 * whose reading it is (こそだて marks 子育て), found with the same Kuromoji reading analyser as the index. The parts are
 * plain text: the page escapes them and wraps the marked ones in {@code <mark>}.
 */
@Component("highlighter")
public class Highlighter {

	/** A run of text, marked or not. */
	public record Part(String text, boolean marked) {
	}

	private final SynonymDictionary synonyms;

	private final EntityManagerFactory entityManagerFactory;

	private volatile Analyzer readingAnalyzer;

	private final Cache<String, List<Token>> readingTokens = Caffeine.newBuilder().maximumSize(2_000).build();

	Highlighter(SynonymDictionary synonyms, EntityManagerFactory entityManagerFactory) {
		this.synonyms = synonyms;
		this.entityManagerFactory = entityManagerFactory;
	}

	/** The text cut into parts, the matched ones marked; one unmarked part when nothing matched or nothing was typed. */
	public List<Part> parts(String text, String query) {
		return plan(query).parts(text);
	}

	/**
	 * What to mark for a query, worked out once for a page of results: the words and their synonyms, folded, and
	 * the readings to look for (of the words typed in かな; only texts with kanji are read, and the words of a text
	 * are kept a while, as the same texts come back page after page).
	 */
	public Plan plan(String query) {
		List<String> words = JapaneseQuery.words(query);
		Set<String> forms = new java.util.LinkedHashSet<>();
		Set<String> readings = new HashSet<>();
		for (String word : words) {
			for (String alternative : synonyms.equivalentsOf(word)) {
				forms.add(fold(alternative));
				if (JapaneseText.isKanaReading(alternative)) {
					readings.add(JapaneseText.toKatakana(alternative));
				}
			}
		}
		return new Plan(List.copyOf(forms), Set.copyOf(readings));
	}

	/** The marking of one query, for each text of a page. */
	public final class Plan {

		private final List<String> forms;

		private final Set<String> readings;

		private Plan(List<String> forms, Set<String> readings) {
			this.forms = forms;
			this.readings = readings;
		}

		/** The text cut into parts, the matched ones marked. */
		public List<Part> parts(String text) {
			if (text == null || text.isEmpty()) {
				return List.of();
			}
			if (forms.isEmpty()) {
				return List.of(new Part(text, false));
			}
			String folded = fold(text);
			BitSet marked = new BitSet(text.length());
			for (String form : forms) {
				markOccurrences(folded, form, marked);
			}
			if (!readings.isEmpty() && hasKanji(text)) {
				markReadings(text, readings, marked);
			}
			return split(text, marked);
		}
	}

	private static boolean hasKanji(String text) {
		return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
	}

	private static void markOccurrences(String text, String word, BitSet marked) {
		if (word.isEmpty()) {
			return;
		}
		int from = 0;
		while ((from = text.indexOf(word, from)) >= 0) {
			marked.set(from, from + word.length());
			from += word.length();
		}
	}

	private record Token(String reading, int start, int end) {
	}

	/** Marks each word (Kuromoji token) whose reading is one of the readings, or a run of them that spells one. */
	private void markReadings(String text, Set<String> readings, BitSet marked) {
		List<Token> tokens = readingTokens.get(text, this::tokens);
		for (int i = 0; i < tokens.size(); i++) {
			StringBuilder run = new StringBuilder();
			for (int j = i; j < tokens.size() && run.length() < 40; j++) {
				run.append(tokens.get(j).reading());
				if (readings.contains(run.toString())) {
					marked.set(tokens.get(i).start(), tokens.get(j).end());
					break;
				}
			}
		}
	}

	/** The words of a text with their readings: the same texts come back page after page, so they are kept a while. */
	private List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = readingAnalyzer().tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(fold(term.toString()), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.copyOf(tokens);
	}

	private Analyzer readingAnalyzer() {
		Analyzer analyzer = readingAnalyzer;
		if (analyzer == null) {
			analyzer = Search.mapping(entityManagerFactory)
				.backend()
				.unwrap(LuceneBackend.class)
				.analyzer("japanese_reading_words")
				.orElseThrow();
			readingAnalyzer = analyzer;
		}
		return analyzer;
	}

	private static List<Part> split(String text, BitSet marked) {
		List<Part> parts = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			boolean state = marked.get(start);
			int end = state ? marked.nextClearBit(start) : marked.nextSetBit(start);
			if (end < 0 || end > text.length()) {
				end = text.length();
			}
			parts.add(new Part(text.substring(start, end), state));
			start = end;
		}
		return parts;
	}

	/**
	 * Lower case, and hiragana as katakana, keeping every character at its place (so that offsets in the folded text
	 * are offsets in the text); the texts are NFKC-normalised when saved, and a query word here too.
	 */
	static String fold(String text) {
		String normalised = JapaneseText.normalize(text);
		if (normalised.length() != text.length()) {
			normalised = text;
		}
		String katakana = JapaneseText.toKatakana(normalised);
		String lower = katakana.toLowerCase(Locale.ROOT);
		return lower.length() == katakana.length() ? lower : katakana;
	}
}
