package jp.tomoni.events;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One date of an event.
 *
 * @param id the date's id, stable across edits that keep its day and start time (registrations refer to it)
 * @param endDate the last day of a multi-day date, or {@code null}
 * @param cancelReason why this date was cancelled, or {@code null}
 */
public record EventDateView(long id, LocalDate date, @Nullable LocalDate endDate, @Nullable LocalTime startTime,
		@Nullable LocalTime endTime, boolean cancelled, @Nullable String cancelReason) {
}
