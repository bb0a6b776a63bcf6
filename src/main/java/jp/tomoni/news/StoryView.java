package jp.tomoni.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A case story as pages show it. */
record StoryView(long id, @Nullable Long authorAccountId, String authorName, String title, @Nullable String titleKana,
		@Nullable String partners, @Nullable String whatWasDone, @Nullable String effect, @Nullable String wentWell,
		@Nullable String difficulties, @Nullable String improvements, StoryStatus status,
		@Nullable String editorComment, List<String> fieldCodes, List<String> areaCodes, List<Long> groupIds,
		Instant createdAt, Instant updatedAt, @Nullable Instant submittedAt, @Nullable Instant publishedAt,
		@Nullable LocalDate date) {

	/** The start of the story, for lists. */
	public String summary() {
		return RichText.summary(StoryText.of(this), 120);
	}

	/** The author may still change it. */
	public boolean isEditable() {
		return status == StoryStatus.DRAFT || status == StoryStatus.CHANGES_REQUESTED;
	}

	public boolean isWithdrawable() {
		return status != StoryStatus.PUBLISHED && status != StoryStatus.WITHDRAWN;
	}

	/** The sections in order, by form field, with their text (empty ones left out). */
	public List<Section> sections() {
		return java.util.stream.Stream
			.of(new Section("partners", partners), new Section("whatWasDone", whatWasDone), new Section("effect", effect),
					new Section("wentWell", wentWell), new Section("difficulties", difficulties),
					new Section("improvements", improvements))
			.filter(section -> section.text() != null)
			.toList();
	}

	/** One section of a story: its form field (also its message key suffix) and text. */
	public record Section(String field, @Nullable String text) {
	}
}
