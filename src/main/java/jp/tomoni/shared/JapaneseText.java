package jp.tomoni.shared;

import java.text.Normalizer;

/** Normalisation rules for Japanese input, applied before validation everywhere. */
public final class JapaneseText {

	private JapaneseText() {
	}

	/** NFKC (全角英数 → 半角, 半角カナ → 全角) and trimmed; {@code null} stays {@code null}. */
	public static String normalize(String input) {
		if (input == null) {
			return null;
		}
		return Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
	}

	/** Hiragana converted to katakana; everything else unchanged. */
	public static String toKatakana(String input) {
		StringBuilder out = new StringBuilder(input.length());
		input.codePoints().forEach(cp -> out.appendCodePoint(cp >= 0x3041 && cp <= 0x3096 ? cp + 0x60 : cp));
		return out.toString();
	}

	/** True when the text is only kana (either script), the prolonged sound mark, middle dot and spaces. */
	public static boolean isKanaReading(String input) {
		return input.codePoints()
			.allMatch(cp -> (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC
					|| cp == 0x30FB || cp == 0x309D || cp == 0x309E || cp == 0x30FD || cp == 0x30FE || cp == ' '
					|| cp == 0x3000);
	}

	/**
	 * フリガナ as stored: normalised, hiragana turned into katakana, ideographic spaces made plain.
	 */
	public static String toFurigana(String input) {
		return toKatakana(normalize(input)).replace('\u3000', ' ');
	}
}
