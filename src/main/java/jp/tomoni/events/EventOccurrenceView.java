package jp.tomoni.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One date of a public event, as the list, the calendar, the search and other modules (places, registrations) see
 * it.
 *
 * @param eventId the event
 * @param dateId the date ({@link EventDateView#id()})
 * @param endDate the last day of a multi-day date, or {@code null}
 * @param cancelled whether this date (or the whole event) is cancelled
 */
public record EventOccurrenceView(long eventId, long dateId, String name, @Nullable String nameKana,
		LocalDate date, @Nullable LocalDate endDate, @Nullable LocalTime startTime, @Nullable LocalTime endTime,
		boolean cancelled, String categoryCode, @Nullable String summary, @Nullable String placeName,
		@Nullable String address, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {
}
