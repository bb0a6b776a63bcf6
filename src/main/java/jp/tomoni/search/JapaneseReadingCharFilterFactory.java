package jp.tomoni.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;

import jp.tomoni.shared.JapaneseText;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces a text by its reading in katakana, word after word as Kuromoji reads it (郷土の歴史 → キョウドノレキシ,
 * 練馬区立美術館 → ネリマクリツビジュツカン); punctuation and spaces stay, so that a reading does not run on across them.
 * Followed by bigrams, it lets a word typed in かな find a text whatever Kuromoji makes of the words around it: a
 * compound (美術館 is one word, read ビジュツカン, and contains ビジュツ) or a katakana query that Kuromoji would split
 * differently (レキシ alone is read as レ + キシ). Words without a reading in the dictionary stay as written, hiragana
 * turned into katakana.
 * <p>
 * Offsets of the output are not those of the input: fields analysed with it are searched, never highlighted.
 */
public final class JapaneseReadingCharFilterFactory extends CharFilterFactory {

	/** The SPI name; Hibernate Search is given the class itself. */
	public static final String NAME = "japaneseReadingText";

	/** One tokenizer per thread: building one loads nothing (the dictionaries are shared) but costs allocations. */
	private static final ThreadLocal<ReadingTokenizer> TOKENIZERS = ThreadLocal.withInitial(ReadingTokenizer::new);

	public JapaneseReadingCharFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** For the service loader only. */
	public JapaneseReadingCharFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public Reader create(Reader input) {
		return new ReadingCharFilter(input);
	}

	/** The reading of a text as this filter writes it (for the synonym dictionary, which looks words up by it). */
	public static String readingOf(String text) {
		return TOKENIZERS.get().read(text);
	}

	private static final class ReadingTokenizer {

		private final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);

		private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);

		private final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);

		String read(String text) {
			StringBuilder out = new StringBuilder(text.length() + 16);
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

	private static final class ReadingCharFilter extends CharFilter {

		private Reader reading;

		private int inputLength;

		ReadingCharFilter(Reader input) {
			super(input);
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			if (reading == null) {
				StringBuilder text = new StringBuilder();
				char[] chunk = new char[1024];
				for (int n; (n = input.read(chunk)) >= 0;) {
					text.append(chunk, 0, n);
				}
				inputLength = text.length();
				reading = new StringReader(readingOf(text.toString()));
			}
			return reading.read(buffer, offset, length);
		}

		@Override
		protected int correct(int currentOff) {
			return Math.min(currentOff, inputLength);
		}
	}
}
