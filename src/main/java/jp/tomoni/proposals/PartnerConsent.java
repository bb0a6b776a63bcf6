package jp.tomoni.proposals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A co-proposing group's consent to a proposal that names it (decision 0074), and who gave it. */
@Entity
@Table(name = "proposal_partner_consent")
class PartnerConsent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "proposal_id", nullable = false)
	private long proposalId;

	@Column(name = "group_id", nullable = false)
	private long groupId;

	@Column(name = "account_id")
	private @Nullable Long accountId;

	@Column(name = "confirmed_at", nullable = false)
	private Instant confirmedAt;

	protected PartnerConsent() {
	}

	PartnerConsent(long proposalId, long groupId, long accountId, Instant now) {
		this.proposalId = proposalId;
		this.groupId = groupId;
		this.accountId = accountId;
		this.confirmedAt = now;
	}

	long proposalId() {
		return proposalId;
	}

	long groupId() {
		return groupId;
	}

	Instant confirmedAt() {
		return confirmedAt;
	}
}
