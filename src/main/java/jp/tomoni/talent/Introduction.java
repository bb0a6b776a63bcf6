package jp.tomoni.talent;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An introduction or dispatch of a supporter that a coordinator arranged: to whom, for what, and how it went. */
@Entity
@Table(name = "talent_introduction")
class Introduction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "entry_id", nullable = false)
	private long entryId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private IntroductionKind kind;

	@Column(nullable = false, length = 200)
	private String recipient;

	@Column(nullable = false, length = 1000)
	private String purpose;

	@Column(name = "introduced_on", nullable = false)
	private LocalDate introducedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private IntroductionOutcome outcome;

	@Column(name = "outcome_note", length = 1000)
	private @Nullable String outcomeNote;

	@Column(name = "match_post_id")
	private @Nullable Long matchPostId;

	@Column(name = "recorded_by", nullable = false)
	private long recordedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Introduction() {
	}

	Introduction(String municipalityCode, long entryId, IntroductionCommand command, long recordedBy, Instant now) {
		this.municipalityCode = municipalityCode;
		this.entryId = entryId;
		this.kind = command.kind();
		this.recipient = command.recipient();
		this.purpose = command.purpose();
		this.introducedOn = command.introducedOn();
		this.matchPostId = command.matchPostId();
		this.outcome = IntroductionOutcome.PENDING;
		this.recordedBy = recordedBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void conclude(IntroductionOutcome outcome, @Nullable String note, Instant now) {
		this.outcome = outcome;
		this.outcomeNote = note;
		this.updatedAt = now;
	}

	Long id() {
		return id;
	}

	long entryId() {
		return entryId;
	}

	IntroductionKind kind() {
		return kind;
	}

	String recipient() {
		return recipient;
	}

	String purpose() {
		return purpose;
	}

	LocalDate introducedOn() {
		return introducedOn;
	}

	IntroductionOutcome outcome() {
		return outcome;
	}

	@Nullable String outcomeNote() {
		return outcomeNote;
	}

	@Nullable Long matchPostId() {
		return matchPostId;
	}

	Instant createdAt() {
		return createdAt;
	}
}
