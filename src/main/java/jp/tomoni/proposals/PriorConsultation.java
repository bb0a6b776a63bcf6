package jp.tomoni.proposals;

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

/**
 * A prior consultation (事前相談) of a group about a call: requested online by the group's administrator, or recorded
 * by staff, also when nobody asked online. Its record (day, staff, department brought in, summary) is written by
 * staff; the summary is for staff only. Counted by the 年度 of the day it was held (Sagamihara 基本施策5's indicator).
 */
@Entity
@Table(name = "proposal_consultation")
class PriorConsultation {

	enum Status {

		/** 申込み: asked for online, not held yet. */
		REQUESTED,

		/** 実施: held and recorded. */
		HELD
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "call_id", nullable = false)
	private long callId;

	@Column(name = "group_id", nullable = false)
	private long groupId;

	@Column(name = "group_name", nullable = false, length = 200)
	private String groupName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status;

	@Column(length = 1000)
	private @Nullable String topic;

	@Column(name = "preferred_dates", length = 500)
	private @Nullable String preferredDates;

	@Column(name = "requested_by")
	private @Nullable Long requestedBy;

	@Column(name = "requested_at")
	private @Nullable Instant requestedAt;

	@Column(name = "held_on")
	private @Nullable LocalDate heldOn;

	@Column(name = "staff_name", length = 200)
	private @Nullable String staffName;

	@Column(name = "department_code", length = 40)
	private @Nullable String departmentCode;

	@Column(length = 4000)
	private @Nullable String summary;

	@Column(name = "recorded_by")
	private @Nullable Long recordedBy;

	@Column(name = "recorded_at")
	private @Nullable Instant recordedAt;

	protected PriorConsultation() {
	}

	/** A group's administrator asks for a consultation while the call is open. */
	static PriorConsultation request(ProposalCall call, Actor actor, long groupId, String groupName, String topic,
			String preferredDates, Instant now) {
		if (!actor.groupAdministrator()) {
			throw new ProposalRuleViolation("status", "proposal.role.groupAdministratorOnly");
		}
		if (!call.open(now)) {
			throw new ProposalRuleViolation("status", "proposal.call.notOpen");
		}
		PriorConsultation consultation = new PriorConsultation(call, groupId, groupName);
		consultation.status = Status.REQUESTED;
		consultation.topic = topic;
		consultation.preferredDates = preferredDates;
		consultation.requestedBy = actor.accountId();
		consultation.requestedAt = now;
		return consultation;
	}

	/** Staff record a consultation nobody asked for online. */
	static PriorConsultation held(ProposalCall call, Actor actor, long groupId, String groupName, Record record,
			Instant now) {
		PriorConsultation consultation = new PriorConsultation(call, groupId, groupName);
		consultation.record(actor, record, now);
		return consultation;
	}

	/** What staff write about a consultation held. */
	record Record(LocalDate heldOn, String staffName, @Nullable String departmentCode, String summary,
			@Nullable String topic) {
	}

	private PriorConsultation(ProposalCall call, long groupId, String groupName) {
		this.municipalityCode = call.municipalityCode();
		this.callId = call.id();
		this.groupId = groupId;
		this.groupName = groupName;
	}

	/** Staff record the consultation held (a requested one, or a new one). */
	void record(Actor actor, Record record, Instant now) {
		if (!actor.staff()) {
			throw new ProposalRuleViolation("status", "proposal.role.staffOnly");
		}
		if (status == Status.HELD) {
			throw new ProposalRuleViolation("requestId", "proposal.consultation.alreadyHeld");
		}
		this.status = Status.HELD;
		this.heldOn = record.heldOn();
		this.staffName = record.staffName();
		this.departmentCode = record.departmentCode();
		this.summary = record.summary();
		if (record.topic() != null && !record.topic().isBlank()) {
			this.topic = record.topic();
		}
		this.recordedBy = actor.accountId();
		this.recordedAt = now;
	}

	long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	long callId() {
		return callId;
	}

	long groupId() {
		return groupId;
	}

	String groupName() {
		return groupName;
	}

	Status status() {
		return status;
	}

	@Nullable String topic() {
		return topic;
	}

	@Nullable String preferredDates() {
		return preferredDates;
	}

	@Nullable Instant requestedAt() {
		return requestedAt;
	}

	@Nullable LocalDate heldOn() {
		return heldOn;
	}

	@Nullable String staffName() {
		return staffName;
	}

	@Nullable String departmentCode() {
		return departmentCode;
	}

	@Nullable String summary() {
		return summary;
	}
}
