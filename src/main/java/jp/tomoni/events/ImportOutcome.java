package jp.tomoni.events;

/** What an import did with one event ({@link EventManagement#importEvent}). */
public enum ImportOutcome {
	CREATED, UPDATED, UNCHANGED
}
