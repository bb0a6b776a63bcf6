package jp.tomoni.projects;

import jp.tomoni.news.StoryStatus;
import org.jspecify.annotations.Nullable;

/**
 * The case story of a project as its back-office page shows it: none yet (and whether the person reading may start
 * one), or the story with its status, author and where this person opens it.
 *
 * @param mayStart whether the person reading may start the story now (city staff or an administrator, the project
 * finished, no story yet)
 * @param openPath where the person reading opens the story, {@code null} when it is someone else's draft
 */
public record ProjectCaseStoryView(boolean finished, boolean mayStart, @Nullable Long storyId,
		@Nullable StoryStatus status, @Nullable String authorName, @Nullable String openPath) {

	public boolean started() {
		return storyId != null;
	}
}
