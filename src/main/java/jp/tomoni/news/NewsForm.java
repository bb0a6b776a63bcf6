package jp.tomoni.news;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.tomoni.shared.JapaneseText;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The editors' form of a news post; text arrives NFKC-normalised. {@code groupQuery} searches the group picker. */
record NewsForm(@NotBlank @Size(max = 200) String title,
		@Size(max = 200) @Pattern(regexp = StoryForm.KANA) @Nullable String titleKana,
		@NotBlank @Size(max = 20000) String body,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publicationDate,
		@Nullable List<String> fieldCodes, @Nullable List<String> areaCodes, @Nullable List<Long> groupIds,
		@Size(max = 100) @Nullable String groupQuery) {

	static NewsForm empty(LocalDate today) {
		return new NewsForm("", "", "", today, List.of(), List.of(), List.of(), "");
	}

	static NewsForm of(NewsView post) {
		return new NewsForm(post.title(), post.titleKana(), post.body(), post.publicationDate(), post.fieldCodes(),
				post.areaCodes(), post.groupIds(), "");
	}

	NewsContent toContent() {
		return new NewsContent(title, StoryForm.furigana(titleKana), body, publicationDate, StoryForm.set(fieldCodes),
				StoryForm.set(areaCodes), StoryForm.ids(groupIds));
	}

	/** The groups chosen, in the order chosen. */
	public List<Long> chosenGroups() {
		return List.copyOf(StoryForm.ids(groupIds));
	}
}
