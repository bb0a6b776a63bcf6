package jp.tomoni.proposals;

/**
 * Where the review of a call stands (decision 0068): not started until city staff start it after the deadline; open
 * while reviewers declare and score (each sees only their own scores); closed by staff, when the scores become
 * visible to staff and reviewers; published once every proposal is decided and staff publish the results.
 */
public enum ReviewPhase {

	NOT_STARTED, OPEN, CLOSED, PUBLISHED;

	public String messageKey() {
		return "review.phase." + name();
	}
}
