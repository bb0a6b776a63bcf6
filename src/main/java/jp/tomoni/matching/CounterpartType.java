package jp.tomoni.matching;

/** What a suggestion, and an interest, points to on the other side of a post. */
enum CounterpartType {

	POST, TALENT, GROUP;

	public String messageKey() {
		return "matching.counterpart." + name();
	}
}
