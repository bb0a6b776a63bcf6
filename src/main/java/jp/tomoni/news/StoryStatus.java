package jp.tomoni.news;

/**
 * Where a case story is in its review (docs/decisions/0039): DRAFT → SUBMITTED → (CHANGES_REQUESTED → SUBMITTED)* →
 * PUBLISHED, or WITHDRAWN by its author before publication.
 */
public enum StoryStatus {
	DRAFT, SUBMITTED, CHANGES_REQUESTED, PUBLISHED, WITHDRAWN
}
