package jp.tomoni.registrations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The participants of an event, per date: registered first, then the waiting list in order.
 *
 * @param capacity 定員 of each date, or {@code null}
 */
public record ParticipantList(long eventId, String eventName, @Nullable Integer capacity, List<DateParticipants> dates) {

	/** One date's participants. */
	public record DateParticipants(long dateId, LocalDate date, @Nullable LocalTime startTime,
			@Nullable LocalTime endTime, boolean cancelled, long taken, List<Participant> registered,
			List<Participant> waiting) {
	}
}
