package jp.tomoni.news;

import java.util.stream.Collectors;

/** A story's sections as one plain text, for summaries. */
final class StoryText {

	private StoryText() {
	}

	static String of(StoryView story) {
		return story.sections().stream().map(StoryView.Section::text).collect(Collectors.joining("\n"));
	}
}
