package jp.tomoni.proposals;

/** The two kinds of call (Yamaguchi 第5章3, Fuchu 第4章5). */
public enum CallKind {

	/** 行政提案型: a department sets the theme, the problem and the budget ceiling. */
	CITY_THEMED,

	/** 市民提案型: groups propose what they see is needed. */
	OPEN;

	public String messageKey() {
		return "proposalCall.kind." + name();
	}
}
