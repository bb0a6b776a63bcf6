package jp.tomoni.projects;

/** The fixed scale of a party's self-evaluation: achievements against what was planned. */
public enum SelfRating {

	EXCEEDED, ACHIEVED, PARTLY, NOT_ACHIEVED;

	public String messageKey() {
		return "evaluation.rating." + name();
	}
}
