package jp.tomoni.news;

import java.time.LocalDate;

/**
 * A published post found by {@link NewsSearch}.
 *
 * @param snippet the start of the post's text, plain (no markup)
 * @param url the post's public address, relative to the application ({@code /news/12}, {@code /stories/3})
 */
public record NewsSearchHit(PostType type, long id, String title, String snippet, LocalDate date, String url) {
}
