package jp.tomoni.search;

import java.util.Arrays;
import java.util.List;

import jp.tomoni.shared.JapaneseText;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.springframework.stereotype.Component;

/**
 * Turns what a resident types into a Hibernate Search predicate over an index mapped with the analysers of
 * {@link JapaneseAnalysisConfigurer}. Each word typed must match (AND); a word matches its surface form (ranked
 * highest), its reading (a word written in かな only, in katakana, as a substring of the text's reading — never a
 * word in kanji, which would find its homophones), or all of its bigrams (a partial word; the n-gram analyser folds
 * hiragana into katakana, so a かな word also finds the フリガナ). Readings and bigrams count with a constant score,
 * the surface with its term statistics. Every word of the dictionary's group counts too: other spellings of the
 * word (same reading: 子ども for 子供) as the word itself, true synonyms (児童) well below it (decision 0050). Within
 * each of these, every token the analyser makes of the word must match, in order: a word Kuromoji splits
 * (高齢の方 → 高齢, 方) does not match on one of its parts alone.
 */
@Component
public class JapaneseQuery {

	private static final float SURFACE = 4f;

	private static final float READING = 2f;

	private static final float NGRAM = 1f;

	private static final float SYNONYM = 0.2f;

	private final SynonymDictionary synonyms;

	JapaneseQuery(SynonymDictionary synonyms) {
		this.synonyms = synonyms;
	}

	/**
	 * The index fields of one entity, by analyser.
	 *
	 * @param surface fields analysed with {@code japanese}
	 * @param reading fields analysed with {@code japanese_reading}
	 * @param ngram fields analysed with {@code ngram}; katakana readings (フリガナ) belong here too
	 */
	public record Fields(List<String> surface, List<String> reading, List<String> ngram) {
	}

	/** The words of a query: NFKC-normalised, split on spaces; empty when nothing was typed. */
	public static List<String> words(String query) {
		String normalised = query == null ? "" : JapaneseText.normalize(query);
		return Arrays.stream(normalised.split("\\s+")).filter(w -> !w.isBlank()).toList();
	}

	/**
	 * What a query searches for: each word with its synonyms, as the dictionary stands now. Two queries with the same
	 * expansion match the same documents, so this is the key of anything kept for a query ({@link SearchCounts}).
	 */
	public List<java.util.Set<String>> expansion(String query) {
		return words(query).stream().map(word -> java.util.Set.copyOf(synonyms.equivalentsOf(word))).toList();
	}

	/** A predicate matching every word of the query (all documents when nothing was typed). */
	public PredicateFinalStep matching(SearchPredicateFactory f, String query, Fields fields) {
		List<String> words = words(query);
		if (words.isEmpty()) {
			return f.matchAll();
		}
		var all = f.and();
		for (String word : words) {
			var any = f.or();
			String typed = JapaneseText.normalize(word).toLowerCase(java.util.Locale.ROOT);
			java.util.Set<String> readings = new java.util.HashSet<>();
			java.util.Set<String> grams = new java.util.HashSet<>();
			for (String alternative : synonyms.equivalentsOf(word)) {
				float weight = SynonymDictionary.sameWord(alternative, typed) ? 1f : SYNONYM;
				String katakana = JapaneseText.toKatakana(alternative);
				// A word typed in ひらがな is matched by its reading and as a substring, not by Kuromoji's words: the
				// surface analyser drops particles and fillers, so えほん would search ほん and find に「ほん」ご.
				if (!fields.surface().isEmpty() && !isHiragana(alternative)) {
					any.add(f.phrase()
						.fields(fields.surface().toArray(String[]::new))
						.matching(alternative)
						.boost(SURFACE * weight));
				}
				// Readings and n-grams are the recall net: a constant score (no term statistics to read per match),
				// and one clause per distinct form — the n-gram analyser folds hiragana into katakana itself. Only a
				// word written in かな is matched by its reading: a word in kanji would find its homophones (地震 read
				// ジシン would find 自信).
				if (!fields.reading().isEmpty() && JapaneseText.isKanaReading(alternative) && readings.add(katakana)) {
					any.add(f.phrase()
						.fields(fields.reading().toArray(String[]::new))
						.matching(katakana)
						.constantScore()
						.boost(READING * weight));
				}
				if (!fields.ngram().isEmpty() && katakana.codePointCount(0, katakana.length()) >= 2
						&& grams.add(katakana)) {
					any.add(f.phrase()
						.fields(fields.ngram().toArray(String[]::new))
						.matching(katakana)
						.constantScore()
						.boost(NGRAM * weight));
				}
			}
			all.add(any);
		}
		return all;
	}

	/** Whether a word is written in ひらがな only (with the long vowel mark). */
	static boolean isHiragana(String word) {
		return !word.isEmpty() && word.codePoints().allMatch(c -> (c >= 0x3041 && c <= 0x309F) || c == 0x30FC);
	}
}
