package jp.tomoni.news;

import org.jspecify.annotations.Nullable;

/**
 * Where a case story stands, for the module that started it: its status and author, and where a person can open it.
 *
 * @param authorAccountId {@code null} once the author deleted their account
 */
public record CaseStoryState(long id, StoryStatus status, @Nullable Long authorAccountId, String authorName) {

	/**
	 * Where this person opens the story: its author their own page (the form while it is editable), an editor the
	 * review page once submitted, everyone the public page once published; {@code null} for a draft of someone else.
	 */
	public @Nullable String pathFor(long accountId) {
		if (authorAccountId != null && authorAccountId == accountId) {
			return status == StoryStatus.DRAFT || status == StoryStatus.CHANGES_REQUESTED
					? "/account/stories/" + id + "/edit" : "/account/stories/" + id;
		}
		return switch (status) {
			case PUBLISHED -> "/stories/" + id;
			case SUBMITTED, CHANGES_REQUESTED -> "/backoffice/stories/" + id;
			case DRAFT, WITHDRAWN -> null;
		};
	}
}
