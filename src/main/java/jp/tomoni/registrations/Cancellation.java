package jp.tomoni.registrations;

/** Why a registration ended. */
public enum Cancellation {
	/** The resident cancelled it. */
	BY_RESIDENT,
	/** The organiser cancelled the date (中止). */
	DATE_CANCELLED,
	/** The organiser cancelled the whole event (中止). */
	EVENT_CANCELLED,
	/** The resident deleted their account. */
	ACCOUNT_DELETED
}
