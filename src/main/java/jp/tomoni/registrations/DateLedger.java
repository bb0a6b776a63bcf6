package jp.tomoni.registrations;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import jp.tomoni.events.EventOccurrenceView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The changes to one date's registrations, each made while holding the date's lock row (docs/decisions/0037):
 * placing a new registration, cancelling, moving the waiting list up. Callers run inside a transaction and call
 * {@link #lock} first. Depends on nothing that collects personal-data contributors, so the account deletion can use
 * it.
 */
@Component
class DateLedger {

	private final RegistrationRepository registrations;

	private final RegistrationDateLockRepository locks;

	private final RegistrationMails mails;

	private final Clock clock;

	DateLedger(RegistrationRepository registrations, RegistrationDateLockRepository locks, RegistrationMails mails,
			Clock clock) {
		this.registrations = registrations;
		this.locks = locks;
		this.mails = mails;
		this.clock = clock;
	}

	/** Waits for the date's row lock; held until the transaction ends. */
	void lock(long dateId) {
		locks.lock(dateId).orElseThrow(() -> new IllegalStateException("no lock row for date " + dateId));
	}

	/**
	 * Moves the waiting list up while places allow, and tells each person moved up. Called after a cancellation, and
	 * before a new registration (the capacity may have grown).
	 */
	List<Registration> moveUp(@Nullable Integer capacity, @Nullable EventOccurrenceView date) {
		if (date == null || date.cancelled()) {
			return List.of();
		}
		long taken = registrations.placesTaken(date.dateId());
		List<Registration> promoted = RegistrationRules.toPromote(capacity, taken,
				registrations.waitingList(date.dateId()), Registration::people);
		promoted.forEach(registration -> {
			registration.promote(clock.instant());
			mails.promoted(registration, date);
		});
		if (!promoted.isEmpty()) {
			registrations.flush();
		}
		return promoted;
	}

	/** Cancels one registration (under the lock) and moves the waiting list up. */
	List<Registration> cancel(Registration registration, Cancellation reason, @Nullable Integer capacity,
			@Nullable EventOccurrenceView date) {
		boolean hadPlace = registration.status() == RegistrationStatus.REGISTERED;
		registration.cancel(reason, clock.instant());
		registrations.flush();
		if (date != null && reason == Cancellation.BY_RESIDENT) {
			mails.cancelled(registration, date);
		}
		return hadPlace && RegistrationRules.notStarted(date, clock) ? moveUp(capacity, date) : List.of();
	}

	/** Position on the waiting list (1 = next), or {@code null} when not waiting. */
	@Nullable Integer position(Registration registration) {
		if (registration.status() != RegistrationStatus.WAITING) {
			return null;
		}
		List<Registration> waiting = registrations.waitingList(registration.dateId());
		for (int i = 0; i < waiting.size(); i++) {
			if (waiting.get(i).id().equals(registration.id())) {
				return i + 1;
			}
		}
		return null;
	}

	List<Registration> active(long dateId) {
		return registrations.findByDateIdAndStatusInOrderByIdAsc(dateId,
				EnumSet.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITING));
	}
}
