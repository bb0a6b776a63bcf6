package jp.tomoni.volunteering;

import java.math.BigDecimal;
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

/** One person's sign-up for one shift, until cancelled; after the shift began, its attendance and hours. */
@Entity
@Table(name = "volunteer_signup")
class SignUp {

	enum Status {
		SIGNED_UP, CANCELLED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "opportunity_id", nullable = false)
	private Long opportunityId;

	@Column(name = "shift_id", nullable = false)
	private Long shiftId;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "active_account_id")
	private Long activeAccountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Attendance attendance;

	@Column(precision = 3, scale = 1)
	private BigDecimal hours;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	@Column(name = "attendance_at")
	private Instant attendanceAt;

	protected SignUp() {
	}

	SignUp(String municipalityCode, long opportunityId, long shiftId, long accountId, Instant now) {
		this.municipalityCode = municipalityCode;
		this.opportunityId = opportunityId;
		this.shiftId = shiftId;
		this.accountId = accountId;
		this.activeAccountId = accountId;
		this.status = Status.SIGNED_UP;
		this.createdAt = now;
	}

	void record(Attendance attendance, BigDecimal hours, Instant now) {
		if (status != Status.SIGNED_UP) {
			throw new VolunteeringRuleViolation("attendance", "volunteering.attendance.cancelled");
		}
		this.attendance = attendance;
		this.hours = attendance == Attendance.ATTENDED ? hours : BigDecimal.ZERO.setScale(1);
		this.attendanceAt = now;
	}

	Long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	long opportunityId() {
		return opportunityId;
	}

	long shiftId() {
		return shiftId;
	}

	long accountId() {
		return accountId;
	}

	Status status() {
		return status;
	}

	boolean isActive() {
		return status == Status.SIGNED_UP;
	}

	@Nullable Attendance attendance() {
		return attendance;
	}

	@Nullable BigDecimal hours() {
		return hours;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant cancelledAt() {
		return cancelledAt;
	}

	@Nullable Instant remindedAt() {
		return remindedAt;
	}
}
