package jp.tomoni.proposals;

/** The meetings recorded on a proposal during its review. */
public enum MeetingKind {

	/** 公開プレゼンテーション: the proposers present to the reviewers in public. */
	PRESENTATION,

	/** 協働ラウンドテーブル (Yamaguchi 第5章3(2)): proposers and departments deliberate on the proposal. */
	ROUNDTABLE;

	public String messageKey() {
		return "meeting.kind." + name();
	}
}
