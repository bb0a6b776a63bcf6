package jp.tomoni.proposals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A resident's opinion on a proposal under review (decision 0071): one per person and proposal, changed or withdrawn
 * by its author while the period runs; staff may hide it, with a reason, when it breaks the published rules. Who
 * wrote it is never shown: the review reads the text and the stance only.
 */
@Entity
@Table(name = "proposal_opinion")
class ProposalOpinion {

	static final int MAX_BODY = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "call_id", nullable = false)
	private long callId;

	@Column(name = "proposal_id", nullable = false)
	private long proposalId;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private OpinionStance stance;

	@Column(nullable = false, length = MAX_BODY)
	private String body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "hidden_at")
	private @Nullable Instant hiddenAt;

	@Column(name = "hidden_reason", length = 500)
	private @Nullable String hiddenReason;

	@Version
	private long version;

	protected ProposalOpinion() {
	}

	ProposalOpinion(String municipalityCode, long callId, long proposalId, long accountId, OpinionStance stance,
			String body, Instant now) {
		this.municipalityCode = municipalityCode;
		this.callId = callId;
		this.proposalId = proposalId;
		this.accountId = accountId;
		this.stance = stance;
		this.body = body;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The author changes it; a hidden opinion stays as staff left it. */
	void change(OpinionStance stance, String body, Instant now) {
		if (hidden()) {
			throw new ProposalRuleViolation("body", "opinion.hidden.unchangeable");
		}
		this.stance = stance;
		this.body = body;
		this.updatedAt = now;
	}

	void hide(String reason, Instant now) {
		if (hidden()) {
			throw new ProposalRuleViolation("reason", "opinion.hidden.already");
		}
		this.hiddenAt = now;
		this.hiddenReason = reason;
	}

	boolean hidden() {
		return hiddenAt != null;
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

	long proposalId() {
		return proposalId;
	}

	long accountId() {
		return accountId;
	}

	OpinionStance stance() {
		return stance;
	}

	String body() {
		return body;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	@Nullable String hiddenReason() {
		return hiddenReason;
	}
}
