package jp.tomoni.registrations;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One person's registration for one date of an event: registered (with a place) or waiting, until cancelled. Its
 * changes are made under the date's lock ({@link RegistrationDateLock}).
 */
@Entity
@Table(name = "event_registration")
class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "event_id", nullable = false)
	private Long eventId;

	@Column(name = "date_id", nullable = false)
	private Long dateId;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	/** The account while active, {@code null} once cancelled: the database's unique key against double registration. */
	@Column(name = "active_account_id")
	private Long activeAccountId;

	@Column(nullable = false)
	private int people;

	@Column(length = 1000)
	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private RegistrationStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "promoted_at")
	private Instant promotedAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private Cancellation cancellation;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	protected Registration() {
	}

	Registration(String municipalityCode, long eventId, long dateId, long accountId, int people, @Nullable String note,
			RegistrationStatus status, Instant now) {
		this.municipalityCode = municipalityCode;
		this.eventId = eventId;
		this.dateId = dateId;
		this.accountId = accountId;
		this.activeAccountId = accountId;
		this.people = people;
		this.note = note;
		this.status = status;
		this.createdAt = now;
	}

	/** A place freed and this waiting registration is first in line. */
	void promote(Instant now) {
		if (status != RegistrationStatus.WAITING) {
			throw new IllegalStateException("only a waiting registration moves up");
		}
		status = RegistrationStatus.REGISTERED;
		promotedAt = now;
	}

	void cancel(Cancellation reason, Instant now) {
		if (!status.isActive()) {
			throw new RegistrationRuleViolation("registration", "registration.alreadyCancelled");
		}
		status = RegistrationStatus.CANCELLED;
		activeAccountId = null;
		cancellation = reason;
		cancelledAt = now;
	}

	/** Forgets what the person wrote, when their account is deleted. */
	void anonymise() {
		note = null;
	}

	Long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	long eventId() {
		return eventId;
	}

	long dateId() {
		return dateId;
	}

	long accountId() {
		return accountId;
	}

	int people() {
		return people;
	}

	@Nullable String note() {
		return note;
	}

	RegistrationStatus status() {
		return status;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant promotedAt() {
		return promotedAt;
	}

	@Nullable Instant cancelledAt() {
		return cancelledAt;
	}

	@Nullable Cancellation cancellation() {
		return cancellation;
	}

	@Nullable Instant remindedAt() {
		return remindedAt;
	}

	boolean isActive() {
		return status.isActive();
	}
}
