package jp.tomoni.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

import jp.tomoni.shared.JapaneseText;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A reading (フリガナ) guessed from a name with Kuromoji's dictionary, for lists that have none (東京都's NPO list,
 * portal rows whose カナ is empty, event and place lists without 名称_カナ). The legal form (特定非営利活動法人) is left out, as the portal's own readings do.
 * A guess: the group's administrators correct it on the edit page. Not thread-safe: one per import.
 */
public final class Readings {

	private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);

	private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);

	private final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);

	public String guess(String name) {
		String text = name.replaceAll("特定非営利活動法人|NPO法人|ＮＰＯ法人", " ").strip();
		StringBuilder out = new StringBuilder();
		try {
			tokenizer.setReader(new StringReader(text));
			tokenizer.reset();
			while (tokenizer.incrementToken()) {
				String kana = reading.getReading();
				out.append(kana != null ? kana : JapaneseText.toKatakana(term.toString()));
			}
			tokenizer.end();
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		finally {
			try {
				tokenizer.close();
			}
			catch (IOException ignored) {
				// A StringReader does not fail to close.
			}
		}
		return out.toString();
	}
}
