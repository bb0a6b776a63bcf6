package jp.tomoni.proposals;

/**
 * Where a call stands (decision 0065). A draft is seen by staff only; a published call by everyone; a published call
 * is closed once its submission deadline has passed, by the injected clock, without anyone acting. Only a draft can
 * be cancelled.
 */
public enum CallStatus {

	/** 下書き: staff prepare it; nobody else sees it. */
	DRAFT,

	/** 募集中: public; groups consult and propose until the deadline. */
	PUBLISHED,

	/** 締切: the deadline has passed (computed, never stored); review follows. */
	CLOSED,

	/** 取りやめ: a draft that will not be published. */
	CANCELLED;

	public String messageKey() {
		return "proposalCall.status." + name();
	}
}
