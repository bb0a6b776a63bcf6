package jp.tomoni.events;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One date of an event as entered or imported.
 *
 * @param date the (first) day
 * @param endDate the last day of a multi-day occurrence, or {@code null}
 * @param startTime when it starts, or {@code null} (all day / not given)
 * @param endTime when it ends, or {@code null}
 */
public record EventDateCommand(LocalDate date, @Nullable LocalDate endDate, @Nullable LocalTime startTime,
		@Nullable LocalTime endTime) {
}
