package jp.tomoni.patronage;

/**
 * Where an application stands. SUBMITTED → APPROVED or REFUSED (by staff, with reasons), or WITHDRAWN (by the group
 * while undecided). A decision is final: a new application is the way to ask again.
 */
public enum PatronageStatus {

	SUBMITTED, APPROVED, REFUSED, WITHDRAWN;

	public String messageKey() {
		return "patronage.status." + name();
	}

	/** The transitions this state machine allows. */
	boolean mayBecome(PatronageStatus next) {
		return this == SUBMITTED && next != SUBMITTED;
	}
}
