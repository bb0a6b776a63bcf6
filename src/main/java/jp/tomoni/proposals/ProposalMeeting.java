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
 * The record of a public presentation or a collaboration roundtable held on a proposal during its review: when,
 * where, who took part (roles, not names of residents), and what was said. Public with the proposal's page.
 */
@Entity
@Table(name = "proposal_meeting")
class ProposalMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "call_id", nullable = false)
	private long callId;

	@Column(name = "proposal_id", nullable = false)
	private long proposalId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MeetingKind kind;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(length = 200)
	private @Nullable String place;

	@Column(nullable = false, length = 1000)
	private String participants;

	@Column(nullable = false, length = 4000)
	private String summary;

	@Column(name = "recorded_by")
	private @Nullable Long recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected ProposalMeeting() {
	}

	ProposalMeeting(String municipalityCode, long callId, long proposalId, MeetingKind kind, LocalDate heldOn,
			@Nullable String place, String participants, String summary, long recordedBy, Instant now) {
		this.municipalityCode = municipalityCode;
		this.callId = callId;
		this.proposalId = proposalId;
		this.kind = kind;
		this.heldOn = heldOn;
		this.place = place;
		this.participants = participants;
		this.summary = summary;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	long id() {
		return id;
	}

	long proposalId() {
		return proposalId;
	}

	MeetingKind kind() {
		return kind;
	}

	LocalDate heldOn() {
		return heldOn;
	}

	@Nullable String place() {
		return place;
	}

	String participants() {
		return participants;
	}

	String summary() {
		return summary;
	}

	@Nullable Long recordedBy() {
		return recordedBy;
	}

	Instant recordedAt() {
		return recordedAt;
	}
}
