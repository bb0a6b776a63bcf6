package jp.tomoni.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RichTextTests {

	@Test
	void paragraphsLinesAndLinks() {
		List<RichText.Paragraph> paragraphs = RichText
			.paragraphs("一行目\n詳しくは https://example.jp/a?b=1 をご覧ください。\n\n<script>alert(1)</script>");
		assertThat(paragraphs).hasSize(2);
		assertThat(paragraphs.getFirst().lines()).hasSize(2);
		assertThat(paragraphs.getFirst().lines().get(1)).containsExactly(new RichText.Part("詳しくは ", null),
				new RichText.Part("https://example.jp/a?b=1", "https://example.jp/a?b=1"),
				new RichText.Part(" をご覧ください。", null));
		// Markup stays text: the page prints it escaped.
		assertThat(paragraphs.get(1).lines().getFirst()).containsExactly(new RichText.Part("<script>alert(1)</script>", null));
	}

	@Test
	void onlyHttpAddressesBecomeLinksAndJapanesePunctuationEndsThem() {
		assertThat(RichText.parts("javascript:alert(1)")).containsExactly(new RichText.Part("javascript:alert(1)", null));
		assertThat(RichText.parts("(https://example.jp/x)。")).extracting(RichText.Part::href)
			.containsExactly(null, "https://example.jp/x", null);
	}

	@Test
	void summaryCutsByCharacters() {
		assertThat(RichText.summary("あいうえお\nかきくけこ", 7)).isEqualTo("あいうえお か…");
		assertThat(RichText.summary("短い", 7)).isEqualTo("短い");
	}
}
