package jp.tomoni.events.imports;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An event of the list: its first line's values and the occurrences of all its lines, in date order.
 *
 * @param key what identifies it in its source: the NO (ID), with the name when the list gives one NO to several
 *        events, or the name when it gives none
 * @param lines the physical line numbers of its rows
 */
public record ImportedEvent(String key, EventRow first, List<Occurrence> occurrences, List<Long> lines) {

	public ImportedEvent {
		occurrences = List.copyOf(occurrences);
		lines = List.copyOf(lines);
	}

	/** One date of the event, as a line gives it. */
	public record Occurrence(LocalDate date, @Nullable LocalDate endDate, @Nullable LocalTime startTime,
			@Nullable LocalTime endTime) {
	}
}
