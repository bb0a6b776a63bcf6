package jp.tomoni.registrations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The row every change to one date's registrations locks first (docs/decisions/0037): it serialises registrations,
 * cancellations and promotions of a date, on H2 as on PostgreSQL, while other dates go on in parallel.
 */
@Entity
@Table(name = "registration_date_lock")
class RegistrationDateLock {

	@Id
	@Column(name = "date_id")
	private Long dateId;

	@Column(name = "event_id", nullable = false)
	private Long eventId;

	protected RegistrationDateLock() {
	}

	RegistrationDateLock(long dateId, long eventId) {
		this.dateId = dateId;
		this.eventId = eventId;
	}

	long dateId() {
		return dateId;
	}
}
