package jp.tomoni.matching;

/** してほしい (a need) or したい (an offer). */
enum PostSide {

	NEED, OFFER;

	PostSide other() {
		return this == NEED ? OFFER : NEED;
	}

	public String messageKey() {
		return "matching.side." + name();
	}
}
