package jp.tomoni.registrations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One of a resident's own registrations, as their list shows it.
 *
 * @param waitingPosition the position on the waiting list (1 = next), or {@code null}
 * @param cancellable whether the resident may still cancel it (active, and the date has not started)
 * @param dateCancelled whether the date or the event was cancelled (中止), or is no longer public
 */
public record RegistrationView(long id, long eventId, long dateId, String eventName, @Nullable LocalDate date,
		@Nullable LocalTime startTime, @Nullable LocalTime endTime, @Nullable String placeName, int people,
		@Nullable String note, RegistrationStatus status, @Nullable Integer waitingPosition, boolean cancellable,
		boolean dateCancelled, @Nullable Cancellation cancellation, Instant createdAt) {
}
