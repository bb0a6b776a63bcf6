package jp.tomoni.matching;

/** Open (suggested and answered) or closed by its poster or staff (kept, no longer suggested). */
enum PostStatus {

	OPEN, CLOSED;

	public String messageKey() {
		return "matching.status." + name();
	}
}
