package jp.tomoni.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published post as other modules see it (the newsletter digest, search everywhere).
 *
 * @param summary the start of the post's text, plain
 * @param date the date shown with the post (a news post's publication date, a story's day of publication)
 * @param publishedAt when it first became public
 * @param url the public address, relative to the application
 * @param fieldCodes activity fields ({@code jp.tomoni.shared.ActivityField} codes)
 * @param areaCodes area codes ({@code jp.tomoni.areas})
 * @param groupIds the groups involved
 */
public record PublishedPost(PostType type, long id, String title, String summary, LocalDate date, Instant publishedAt,
		String url, List<String> fieldCodes, List<String> areaCodes, List<Long> groupIds) {
}
