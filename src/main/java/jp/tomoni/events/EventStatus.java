package jp.tomoni.events;

/** Where an event stands. Only a PUBLISHED event is in lists, the search, the API and the feeds. */
public enum EventStatus {
	/** Being written; seen by its organiser only. */
	DRAFT,
	/** A group's event waiting for a coordinator's check (when the setting asks for one). */
	PENDING_REVIEW,
	/** Public. */
	PUBLISHED,
	/** Returned by a coordinator with a reason (the review note), to be changed and submitted again. */
	RETURNED,
	/** 中止: cancelled with a reason; its page stays reachable and says so. */
	CANCELLED
}
