package jp.tomoni.registrations;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One date of an event as its page shows it for registration.
 *
 * @param capacity 定員 of the date, or {@code null} when not limited
 * @param placesLeft places left, or {@code null} when not limited
 * @param waiting how many registrations wait
 * @param full whether new registrations go to the waiting list (満席・キャンセル待ち)
 * @param closedReason why the date takes no registration now (a message code), or {@code null}
 * @param mine the signed-in person's active registration for this date, or {@code null}
 */
public record DateAvailability(long dateId, LocalDate date, @Nullable LocalDate endDate,
		@Nullable LocalTime startTime, @Nullable LocalTime endTime, boolean cancelled, @Nullable Integer capacity,
		long taken, @Nullable Integer placesLeft, int waiting, boolean full, @Nullable String closedReason,
		@Nullable RegistrationView mine) {

	public boolean open() {
		return closedReason == null;
	}
}
