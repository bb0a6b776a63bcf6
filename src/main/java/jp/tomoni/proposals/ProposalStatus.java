package jp.tomoni.proposals;

/**
 * Where a proposal stands (decisions 0066, 0068): drafted and submitted by its group, put under review by city staff
 * once the call has closed, decided by city staff once the review is closed; withdrawn by the group at any point
 * before the decision (its scores, if any, are then kept but not shown). Under review and decided proposals have a
 * public page once the call's residents' opinion period has opened or its results are published (decision 0071).
 */
public enum ProposalStatus {

	/** 下書き: the group's administrators change it freely until the deadline; nobody else sees it. */
	DRAFT,

	/** 提出済み: final; staff see it. */
	SUBMITTED,

	/** 取り下げ: withdrawn by the group before the decision. */
	WITHDRAWN,

	/** 審査中: the call has closed and the review has begun; reviewers declare and score, residents may give opinions. */
	UNDER_REVIEW,

	/** 採択. */
	ADOPTED,

	/** 条件付き採択. */
	ADOPTED_WITH_CONDITIONS,

	/** 不採択. */
	NOT_ADOPTED;

	public String messageKey() {
		return "proposal.status." + name();
	}

	/** Whether a decision has been made: nothing changes any more. */
	boolean decided() {
		return this == ADOPTED || this == ADOPTED_WITH_CONDITIONS || this == NOT_ADOPTED;
	}
}
