package jp.tomoni.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JapaneseTextTests {

	@Test
	void normalisesFullWidthAlphanumericsAndHalfWidthKatakana() {
		assertThat(JapaneseText.normalize("ＮＰＯ法人　ﾎﾞﾗﾝﾃｨｱ１２３ ")).isEqualTo("NPO法人 ボランティア123");
		assertThat(JapaneseText.normalize(null)).isNull();
	}

	@Test
	void turnsHiraganaIntoKatakanaAndLeavesTheRest() {
		assertThat(JapaneseText.toKatakana("やまだ たろう")).isEqualTo("ヤマダ タロウ");
		assertThat(JapaneseText.toKatakana("子育てABC")).isEqualTo("子育テABC");
	}

	@Test
	void recognisesReadingsInEitherKanaScript() {
		assertThat(JapaneseText.isKanaReading("やまだ タロウ")).isTrue();
		assertThat(JapaneseText.isKanaReading("ヤマダ・タロー")).isTrue();
		assertThat(JapaneseText.isKanaReading("山田")).isFalse();
		assertThat(JapaneseText.isKanaReading("yamada")).isFalse();
	}

	@Test
	void storesFuriganaInKatakanaWithPlainSpaces() {
		assertThat(JapaneseText.toFurigana("やまだ　たろう")).isEqualTo("ヤマダ タロウ");
		assertThat(JapaneseText.toFurigana("ﾔﾏﾀﾞ ﾀﾛｳ")).isEqualTo("ヤマダ タロウ");
	}
}
