package jp.tomoni.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A news post as pages show it. */
record NewsView(long id, String title, @Nullable String titleKana, String body, LocalDate publicationDate,
		NewsPostStatus status, List<String> fieldCodes, List<String> areaCodes, List<Long> groupIds, Instant createdAt,
		Instant updatedAt, @Nullable Instant publishedAt) {

	/** The start of the body, for lists. */
	public String summary() {
		return RichText.summary(body, 120);
	}

	public boolean isPublished() {
		return status == NewsPostStatus.PUBLISHED;
	}
}
