package jp.tomoni.events;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A search of event dates.
 *
 * @param q words typed (Japanese search: kana, widths, synonyms), or empty
 * @param from the first day (dates ending before it are left out), or {@code null}
 * @param to the last day (dates starting after it are left out), or {@code null}
 * @param target words the target audience (対象) must match, or empty
 * @param freeOnly only free events
 * @param openForApplication only dates still ahead whose event takes applications and whose deadline has not passed
 */
public record EventQuery(@Nullable String q, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable String category, @Nullable String area, @Nullable String target, boolean freeOnly,
		boolean openForApplication, int page, int size) {

	public static final int MAX_SIZE = 100;

	/** Pages reach the first 10,000 results. */
	public static final int MAX_WINDOW = 10_000;
}
