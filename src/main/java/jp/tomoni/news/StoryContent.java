package jp.tomoni.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a reporter writes in a case story, in the sections of 山口市's 協働事例 (Ⅱ-(2)-④): the collaboration (who
 * with whom), what was done, its effect (成果), what went well, what was hard, what to improve.
 */
record StoryContent(String title, @Nullable String titleKana, @Nullable String partners, @Nullable String whatWasDone,
		@Nullable String effect, @Nullable String wentWell, @Nullable String difficulties,
		@Nullable String improvements, Set<String> fieldCodes, Set<String> areaCodes, Set<Long> groupIds) {

	/** The sections a story must have before it is submitted, by form field, in the form's order. */
	static final List<String> SECTIONS = List.of("partners", "whatWasDone", "effect", "wentWell", "difficulties",
			"improvements");

	/** The sections still empty; a draft may have any, a submitted story none. */
	List<String> missingSections() {
		List<String> missing = new ArrayList<>();
		String[] values = { partners, whatWasDone, effect, wentWell, difficulties, improvements };
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null || values[i].isBlank()) {
				missing.add(SECTIONS.get(i));
			}
		}
		return missing;
	}
}
