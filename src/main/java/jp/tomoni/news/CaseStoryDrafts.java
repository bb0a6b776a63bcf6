package jp.tomoni.news;

import java.util.Optional;

/**
 * Another module starts a case story (協働事例) from what it knows, e.g. a finished collaboration project: the story
 * is a DRAFT owned by the person who started it, who goes on writing it in the news pages like any author
 * (decision 0073). Reporters may start one; so may city staff and administrators, who may then edit their own
 * drafts — nobody else sees a draft.
 */
public interface CaseStoryDrafts {

	/**
	 * Starts a draft from the seed. The text is cut to the story's limits; areas and groups that cannot be tagged (an
	 * unknown area, a group that is not public) are left out rather than refused.
	 *
	 * @return the story's id
	 * @throws NewsRuleViolation when the person signed in may not write case stories
	 */
	long startFrom(CaseStoryAuthor author, CaseStorySeed seed);

	/** A story of this municipality, whatever its status; empty once deleted. */
	Optional<CaseStoryState> find(long storyId);
}
