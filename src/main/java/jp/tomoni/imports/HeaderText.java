package jp.tomoni.imports;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Header cells are matched by their normalised text: NFKC (全角 → 半角, so 活動分野１ = 活動分野1), without spaces,
 * line breaks, brackets of any kind, underscores and hyphens, in lower case. 法人名称（フリガナ）, 法人名称 フリガナ
 * and 法人名称(フリガナ) are the same header. Dashes that stand for the long vowel mark are read as ー: 焼津市's
 * child-care list spells its header 都道府県コ―ド (U+2015).
 */
public final class HeaderText {

	private HeaderText() {
	}

	public static String normalise(String header) {
		String text = Normalizer.normalize(header, Normalizer.Form.NFKC).replaceAll("[\u2012-\u2015\u2500\u2501]", "ー");
		return text.replaceAll("[\\s\\u3000\\uFEFF]", "")
			.replaceAll("[()\\[\\]{}<>「」『』【】〔〕〈〉《》_\\-]", "")
			.toLowerCase(Locale.ROOT);
	}

	/** The header as shown in messages: one line, trimmed. */
	public static String label(String header) {
		return header.replace("\uFEFF", "").replaceAll("\\s+", " ").strip();
	}
}
