package jp.tomoni.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** The rows a proposal is made of, kept as typed in a draft and checked on submission. */
final class ProposalLines {

	private ProposalLines() {
	}

	/** A co-proposing group (共同提案団体) and its role. */
	@Embeddable
	record Partner(@Column(name = "group_id", nullable = false) long groupId,
			@Column(name = "group_name", nullable = false, length = 200) String groupName,
			@Column(name = "role", length = 2000) @Nullable String role) {
	}

	/** A line of the schedule: when, and what is done. */
	@Embeddable
	record ScheduleLine(@Column(name = "period", length = 100) @Nullable String period,
			@Column(name = "activity", length = 1000) @Nullable String activity) {
	}

	/** A line of the budget, in yen as typed. */
	@Embeddable
	record BudgetLine(@Column(name = "item", length = 200) @Nullable String item,
			@Column(name = "amount", length = 30) @Nullable String amount,
			@Column(name = "proposer_share", length = 30) @Nullable String proposerShare,
			@Column(name = "city_share", length = 30) @Nullable String cityShare) {
	}

	/** How an expected effect will be measured: an indicator and its target. */
	@Embeddable
	record Indicator(@Column(name = "what", length = 500) @Nullable String what,
			@Column(name = "target", length = 200) @Nullable String target) {
	}

	/** The answer to an item of the call's suitability checklist: yes or no (null: not yet), and why. */
	@Embeddable
	record Answer(@Column(name = "item_code", nullable = false, length = 40) String itemCode,
			@Column(name = "answer") @Nullable Boolean answer,
			@Column(name = "explanation", length = 2000) @Nullable String explanation) {
	}
}
