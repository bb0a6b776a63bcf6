package jp.tomoni.news;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.tomoni.shared.JapaneseText;
import org.jspecify.annotations.Nullable;

/**
 * A reporter's form of a case story; text arrives NFKC-normalised. A draft needs only its title; submission needs
 * every section ({@link StoryContent#missingSections()}).
 */
record StoryForm(@NotBlank @Size(max = 200) String title,
		@Size(max = 200) @Pattern(regexp = KANA) @Nullable String titleKana,
		@Size(max = 2000) @Nullable String partners, @Size(max = 8000) @Nullable String whatWasDone,
		@Size(max = 8000) @Nullable String effect, @Size(max = 8000) @Nullable String wentWell,
		@Size(max = 8000) @Nullable String difficulties, @Size(max = 8000) @Nullable String improvements,
		@Nullable List<String> fieldCodes, @Nullable List<String> areaCodes, @Nullable List<Long> groupIds,
		@Size(max = 100) @Nullable String groupQuery) {

	/** Hiragana, katakana, the prolonged sound mark, middle dot, spaces, letters and digits. */
	static final String KANA = "^[\\u3041-\\u3096\\u309D\\u309E\\u30A1-\\u30FA\\u30FB-\\u30FE\\s\\u3000A-Za-z0-9・]*$";

	static StoryForm empty() {
		return new StoryForm("", "", "", "", "", "", "", "", List.of(), List.of(), List.of(), "");
	}

	static StoryForm of(StoryView story) {
		return new StoryForm(story.title(), story.titleKana(), story.partners(), story.whatWasDone(), story.effect(),
				story.wentWell(), story.difficulties(), story.improvements(), story.fieldCodes(), story.areaCodes(),
				story.groupIds(), "");
	}

	StoryContent toContent() {
		return new StoryContent(title, furigana(titleKana), partners, whatWasDone, effect, wentWell, difficulties,
				improvements, set(fieldCodes), set(areaCodes), ids(groupIds));
	}

	/** The groups chosen, in the order chosen. */
	public List<Long> chosenGroups() {
		return List.copyOf(ids(groupIds));
	}

	static @Nullable String furigana(@Nullable String kana) {
		return kana == null || kana.isBlank() ? null : JapaneseText.toFurigana(kana);
	}

	static Set<String> set(@Nullable Collection<String> values) {
		return values == null ? Set.of() : new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList());
	}

	static Set<Long> ids(@Nullable Collection<Long> values) {
		return values == null ? Set.of() : new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList());
	}
}
