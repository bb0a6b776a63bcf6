package jp.tomoni.proposals;

/** What a resident's opinion on a proposal says, broadly: the digest counts opinions by stance. */
public enum OpinionStance {

	/** 賛成・期待. */
	SUPPORT,

	/** 懸念・反対. */
	CONCERN,

	/** 提案・その他. */
	SUGGESTION;

	public String messageKey() {
		return "opinion.stance." + name();
	}
}
