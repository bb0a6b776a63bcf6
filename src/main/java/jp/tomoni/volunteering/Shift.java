package jp.tomoni.volunteering;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One shift of an opportunity: a day, a start and an end (Japan time), a place, a capacity and the places taken. The
 * places taken change only through {@link ShiftRepository#take} and {@link ShiftRepository#release}, the last
 * statements of a sign-up's or a cancellation's transaction (decision 0053).
 */
@Entity
@Table(name = "volunteer_shift")
class Shift {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "opportunity_id", nullable = false)
	private Long opportunityId;

	@Column(name = "shift_date", nullable = false)
	private LocalDate date;

	@Column(name = "start_time", nullable = false)
	private LocalTime startTime;

	@Column(name = "end_time", nullable = false)
	private LocalTime endTime;

	@Column(nullable = false, length = 200)
	private String place;

	@Column(nullable = false)
	private int capacity;

	/** Active sign-ups, kept by conditional updates only (never written from this entity). */
	@Column(nullable = false, updatable = false)
	private int taken;

	protected Shift() {
	}

	Shift(long opportunityId, ShiftCommand command) {
		this.opportunityId = opportunityId;
		this.date = command.date();
		this.startTime = command.startTime();
		this.endTime = command.endTime();
		this.place = command.place();
		this.capacity = command.capacity();
	}

	Long id() {
		return id;
	}

	long opportunityId() {
		return opportunityId;
	}

	LocalDate date() {
		return date;
	}

	LocalTime startTime() {
		return startTime;
	}

	LocalTime endTime() {
		return endTime;
	}

	String place() {
		return place;
	}

	int capacity() {
		return capacity;
	}

	/** Places taken when this entity was read: a shortcut for pages and for refusing early, never the final check. */
	int taken() {
		return taken;
	}

	LocalDateTime start() {
		return date.atTime(startTime);
	}

	LocalDateTime end() {
		return date.atTime(endTime);
	}

	/** Whether the two shifts share a moment (one ending when the other starts does not overlap). */
	boolean overlaps(Shift other) {
		return start().isBefore(other.end()) && other.start().isBefore(end());
	}
}
