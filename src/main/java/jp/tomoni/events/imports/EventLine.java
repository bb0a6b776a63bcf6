package jp.tomoni.events.imports;

import java.util.List;

import jp.tomoni.imports.LineProblem;

/** What one data line of an event list turned out to be. */
public sealed interface EventLine {

	long line();

	/** An occurrence of an event, to join with the other lines of the same event and apply. */
	record Row(EventRow row) implements EventLine {

		@Override
		public long line() {
			return row.line();
		}
	}

	/**
	 * Not imported, by rule, and not an error: a line without any date (開始日 and 終了日 empty; the list says when
	 * only in words, e.g. 「毎月18日」, kept in {@code dateNote}) cannot stand in a calendar.
	 */
	record Skipped(long line, String name, String column, String dateNote) implements EventLine {
	}

	/** The line cannot be read as an event. */
	record Rejected(long line, List<LineProblem> problems) implements EventLine {
	}
}
