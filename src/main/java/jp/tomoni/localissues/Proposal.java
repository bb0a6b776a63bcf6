package jp.tomoni.localissues;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A solution a group (or a business, a group of a business kind) proposed during the call, by one of its
 * administrators. Seen by staff and the proposing group; once chosen, its group and the reason are public.
 */
@Embeddable
class Proposal {

	@Column(name = "group_id", nullable = false)
	private long groupId;

	@Column(name = "group_name", nullable = false, length = 200)
	private String groupName;

	@Column(name = "proposed_by")
	private @Nullable Long proposedBy;

	@Column(nullable = false, length = 4000)
	private String summary;

	@Column(name = "proposed_at", nullable = false)
	private Instant proposedAt;

	@Column(nullable = false)
	private boolean chosen;

	@Column(name = "chosen_reason", length = 2000)
	private @Nullable String chosenReason;

	protected Proposal() {
	}

	Proposal(long groupId, String groupName, long proposedBy, String summary, Instant proposedAt) {
		this.groupId = groupId;
		this.groupName = groupName;
		this.proposedBy = proposedBy;
		this.summary = summary;
		this.proposedAt = proposedAt;
	}

	long groupId() {
		return groupId;
	}

	String groupName() {
		return groupName;
	}

	@Nullable Long proposedBy() {
		return proposedBy;
	}

	String summary() {
		return summary;
	}

	Instant proposedAt() {
		return proposedAt;
	}

	boolean chosen() {
		return chosen;
	}

	@Nullable String chosenReason() {
		return chosenReason;
	}

	void choose(String reason) {
		this.chosen = true;
		this.chosenReason = reason;
	}

	void forgetProposer() {
		this.proposedBy = null;
	}
}
