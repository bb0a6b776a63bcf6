package jp.tomoni.news;

import java.util.List;

/** A story's sections with their paragraphs, for its page. */
record StorySections(String field, List<RichText.Paragraph> paragraphs) {

	static List<StorySections> of(StoryView story) {
		return story.sections().stream().map(s -> new StorySections(s.field(), RichText.paragraphs(s.text()))).toList();
	}
}
