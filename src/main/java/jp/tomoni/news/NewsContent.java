package jp.tomoni.news;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What an editor writes in a news post. */
record NewsContent(String title, @Nullable String titleKana, String body, LocalDate publicationDate,
		Set<String> fieldCodes, Set<String> areaCodes, Set<Long> groupIds) {
}
