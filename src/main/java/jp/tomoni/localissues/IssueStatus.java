package jp.tomoni.localissues;

/**
 * Where a local issue stands (decision 0056). Submitted, duplicate and out-of-scope issues are seen only by their
 * poster and staff; from acceptance on, an issue and its call are public.
 */
enum IssueStatus {

	/** 投稿済み: waiting for triage. */
	SUBMITTED,

	/** 受理: a local issue the city and its partners take up. */
	ACCEPTED,

	/** 重複: the same as another issue, which it names. */
	DUPLICATE,

	/** 対象外: not for this platform, with the reason. */
	OUT_OF_SCOPE,

	/** 解決策募集中: groups and businesses propose solutions until the deadline. */
	CALL_OPEN,

	/** 選考中: the deadline has passed (or the call was closed early); staff choose partners. */
	SELECTING,

	/** パートナー決定: the chosen partners are shown with the reason each was chosen. */
	PARTNERS_CHOSEN;

	boolean isPublic() {
		return this != SUBMITTED && this != DUPLICATE && this != OUT_OF_SCOPE;
	}

	public String messageKey() {
		return "localIssue.status." + name();
	}
}
