package jp.tomoni.registrations;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import jp.tomoni.events.EventOccurrenceView;
import jp.tomoni.events.EventStatus;
import jp.tomoni.events.EventSummary;
import org.jspecify.annotations.Nullable;

/**
 * The rules of places and of the waiting list, without a database (docs/decisions/0038): the event's capacity
 * (定員) applies to each of its dates and counts people; nobody overtakes the waiting list; it moves up strictly in
 * order.
 */
final class RegistrationRules {

	/** At most this many people in one registration. */
	static final int MAX_PEOPLE = 10;

	/** The longest note (連絡事項・配慮が必要なこと). */
	static final int MAX_NOTE = 1000;

	private RegistrationRules() {
	}

	/**
	 * Why a date takes no registration now, as a message code, or empty when it does: the event must take
	 * registrations and be public, the date not cancelled, the application deadline (申込締切) not passed and the date
	 * not started.
	 */
	static Optional<String> closedReason(EventSummary event, EventOccurrenceView date, Clock clock) {
		if (!event.takesRegistrations()) {
			return Optional.of("registration.closed.notTaken");
		}
		if (event.status() != EventStatus.PUBLISHED || date.cancelled()) {
			return Optional.of("registration.closed.cancelled");
		}
		LocalDateTime localNow = LocalDateTime.now(clock);
		if (!localNow.isBefore(start(date))) {
			return Optional.of("registration.closed.started");
		}
		LocalDateTime deadline = event.applicationDeadline();
		if (deadline != null && localNow.isAfter(deadline)) {
			return Optional.of("registration.closed.deadline");
		}
		return Optional.empty();
	}

	/** Whether the date has not started yet (the resident may still cancel, the waiting list still moves up). */
	static boolean notStarted(@Nullable EventOccurrenceView date, Clock clock) {
		return date != null && LocalDateTime.now(clock).isBefore(start(date));
	}

	/** When a date starts: its day and start time, or the beginning of the day when no time is given. */
	static LocalDateTime start(EventOccurrenceView date) {
		return date.date().atTime(date.startTime() == null ? LocalTime.MIDNIGHT : date.startTime());
	}

	/** Places left, or {@code null} when the capacity is not limited. Never below zero. */
	static @Nullable Integer placesLeft(@Nullable Integer capacity, long taken) {
		return capacity == null ? null : (int) Math.max(0, capacity - taken);
	}

	/**
	 * Where a new registration goes: a place when the capacity allows its people and nobody is waiting (no one
	 * overtakes the waiting list), the waiting list otherwise.
	 */
	static RegistrationStatus placement(@Nullable Integer capacity, long taken, int people, boolean someoneWaiting) {
		if (capacity == null) {
			return RegistrationStatus.REGISTERED;
		}
		return !someoneWaiting && taken + people <= capacity ? RegistrationStatus.REGISTERED
				: RegistrationStatus.WAITING;
	}

	/**
	 * Who moves up from the waiting list, in order, while their people fit in the places left; the first who does
	 * not fit stops the line (strict order: a smaller party behind does not overtake).
	 */
	static <T> List<T> toPromote(@Nullable Integer capacity, long taken, List<T> waitingInOrder,
			ToIntFunction<T> people) {
		List<T> promoted = new ArrayList<>();
		long seats = taken;
		for (T waiting : waitingInOrder) {
			int size = people.applyAsInt(waiting);
			if (capacity != null && seats + size > capacity) {
				break;
			}
			promoted.add(waiting);
			seats += size;
		}
		return promoted;
	}

	/** Checks the number of people and the note; the note comes back stripped, or {@code null} when empty. */
	static @Nullable String checkedNote(int people, @Nullable String note, @Nullable Integer capacity) {
		if (people < 1 || people > MAX_PEOPLE) {
			throw new RegistrationRuleViolation("people", "registration.people.range", MAX_PEOPLE);
		}
		if (capacity != null && people > capacity) {
			throw new RegistrationRuleViolation("people", "registration.people.overCapacity", capacity);
		}
		String text = note == null ? null : note.strip();
		if (text != null && text.length() > MAX_NOTE) {
			throw new RegistrationRuleViolation("note", "registration.note.tooLong", MAX_NOTE);
		}
		return text == null || text.isEmpty() ? null : text;
	}
}
