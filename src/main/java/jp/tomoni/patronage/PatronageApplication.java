package jp.tomoni.patronage;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.tomoni.shared.CodeSetConverter;
import org.jspecify.annotations.Nullable;

/** A group's application for the city's patronage or co-hosting of one of its events. */
@Entity
@Table(name = "patronage_application")
class PatronageApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "municipality_code", nullable = false)
	private String municipalityCode;

	@Column(name = "group_id", nullable = false)
	private long groupId;

	@Column(name = "group_name", nullable = false)
	private String groupName;

	@Column(name = "event_id", nullable = false)
	private long eventId;

	@Column(name = "event_name", nullable = false)
	private String eventName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PatronageKind kind;

	@Column(name = "department_code", nullable = false)
	private String departmentCode;

	@Column(nullable = false)
	private String purpose;

	@Column(name = "expected_participants")
	private @Nullable Integer expectedParticipants;

	@Convert(converter = CodeSetConverter.class)
	@Column(name = "conditions_confirmed", nullable = false)
	private Set<String> conditionsConfirmed;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PatronageStatus status;

	@Column(name = "applied_by")
	private @Nullable Long appliedBy;

	@Column(name = "applied_at", nullable = false)
	private Instant appliedAt;

	@Column(name = "decided_by")
	private @Nullable Long decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	private @Nullable String reasons;

	@Column(name = "project_id")
	private @Nullable Long projectId;

	@Version
	private long version;

	protected PatronageApplication() {
		this.municipalityCode = "";
		this.groupName = "";
		this.eventName = "";
		this.kind = PatronageKind.PATRONAGE;
		this.departmentCode = "";
		this.purpose = "";
		this.conditionsConfirmed = Set.of();
		this.status = PatronageStatus.SUBMITTED;
		this.appliedAt = Instant.EPOCH;
	}

	PatronageApplication(String municipalityCode, long groupId, String groupName, long eventId, String eventName,
			PatronageKind kind, String departmentCode, String purpose, @Nullable Integer expectedParticipants,
			Set<String> conditionsConfirmed, long appliedBy, Instant appliedAt) {
		this.municipalityCode = municipalityCode;
		this.groupId = groupId;
		this.groupName = groupName;
		this.eventId = eventId;
		this.eventName = eventName;
		this.kind = kind;
		this.departmentCode = departmentCode;
		this.purpose = purpose;
		this.expectedParticipants = expectedParticipants;
		this.conditionsConfirmed = Set.copyOf(conditionsConfirmed);
		this.status = PatronageStatus.SUBMITTED;
		this.appliedBy = appliedBy;
		this.appliedAt = appliedAt;
	}

	/** Moves to the next state, or refuses when the state machine does not allow it from here. */
	private void become(PatronageStatus next) {
		if (!status.mayBecome(next)) {
			throw new PatronageRuleViolation("status", "patronage.transition",
					new org.springframework.context.support.DefaultMessageSourceResolvable(status.messageKey()),
					new org.springframework.context.support.DefaultMessageSourceResolvable(next.messageKey()));
		}
		this.status = next;
	}

	void decide(boolean approve, long staffId, @Nullable String reasons, Instant at) {
		become(approve ? PatronageStatus.APPROVED : PatronageStatus.REFUSED);
		this.decidedBy = staffId;
		this.decidedAt = at;
		this.reasons = reasons;
	}

	void withdraw(Instant at) {
		become(PatronageStatus.WITHDRAWN);
		this.decidedAt = at;
	}

	void linkProject(long projectId) {
		this.projectId = projectId;
	}

	/** Forgets who applied and who decided (account erasure); the public record of the decision stays. */
	void forget(long accountId) {
		if (appliedBy != null && appliedBy == accountId) {
			appliedBy = null;
		}
		if (decidedBy != null && decidedBy == accountId) {
			decidedBy = null;
		}
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	long groupId() {
		return groupId;
	}

	String groupName() {
		return groupName;
	}

	long eventId() {
		return eventId;
	}

	String eventName() {
		return eventName;
	}

	PatronageKind kind() {
		return kind;
	}

	String departmentCode() {
		return departmentCode;
	}

	String purpose() {
		return purpose;
	}

	@Nullable Integer expectedParticipants() {
		return expectedParticipants;
	}

	Set<String> conditionsConfirmed() {
		return conditionsConfirmed;
	}

	PatronageStatus status() {
		return status;
	}

	@Nullable Long appliedBy() {
		return appliedBy;
	}

	Instant appliedAt() {
		return appliedAt;
	}

	@Nullable Instant decidedAt() {
		return decidedAt;
	}

	@Nullable String reasons() {
		return reasons;
	}

	@Nullable Long projectId() {
		return projectId;
	}
}
