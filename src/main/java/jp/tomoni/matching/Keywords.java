package jp.tomoni.matching;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.tomoni.shared.JapaneseText;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words a post is about: the nouns Kuromoji finds in its title, then in its description (general nouns, proper
 * nouns, nouns of action such as 清掃), two characters or more, without the words every post uses. They are searched
 * on the other side and shown as "words in common".
 */
final class Keywords {

	/** How many words a post is matched by: enough to tell posts apart, few enough to keep the search cheap. */
	static final int MAX = 8;

	private static final Set<String> COMMON = Set.of("活動", "募集", "お願い", "協力", "支援", "地域", "参加", "団体",
			"方々", "皆さん", "必要", "予定", "内容", "場合", "一緒", "ため", "こと", "もの", "よう", "とき", "ところ");

	private Keywords() {
	}

	static List<String> of(String title, String description) {
		Set<String> words = new LinkedHashSet<>();
		collect(title, words);
		collect(description, words);
		return words.stream().limit(MAX).toList();
	}

	private static void collect(String text, Set<String> words) {
		if (words.size() >= MAX || text.isBlank()) {
			return;
		}
		try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH)) {
			CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
			PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
			tokenizer.setReader(new StringReader(JapaneseText.normalize(text)));
			tokenizer.reset();
			while (tokenizer.incrementToken() && words.size() < MAX) {
				String word = term.toString();
				String partOfSpeech = pos.getPartOfSpeech();
				if (partOfSpeech != null && isContentNoun(partOfSpeech) && word.codePointCount(0, word.length()) >= 2
						&& !COMMON.contains(word) && !word.chars().allMatch(Character::isDigit)) {
					words.add(word);
				}
			}
			tokenizer.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isContentNoun(String partOfSpeech) {
		return partOfSpeech.startsWith("名詞-一般") || partOfSpeech.startsWith("名詞-固有名詞")
				|| partOfSpeech.startsWith("名詞-サ変接続") || partOfSpeech.startsWith("名詞-形容動詞語幹");
	}
}
