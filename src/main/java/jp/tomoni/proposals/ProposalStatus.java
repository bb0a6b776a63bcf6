package jp.tomoni.proposals;

/**
 * Where a proposal stands (decision 0066). The review and decision statuses are declared now, so that the state
 * machine is whole; their pages come with the review.
 */
public enum ProposalStatus {

	/** 下書き: the group's administrators change it freely until the deadline; nobody else sees it. */
	DRAFT,

	/** 提出済み: final; staff see it. */
	SUBMITTED,

	/** 取り下げ: withdrawn by the group before the decision. */
	WITHDRAWN,

	/** 審査中: the call has closed and the review has begun. */
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
