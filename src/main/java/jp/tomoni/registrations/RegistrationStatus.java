package jp.tomoni.registrations;

/** Where a registration stands. */
public enum RegistrationStatus {
	/** Has a place (申込み済み). */
	REGISTERED,
	/** On the waiting list (キャンセル待ち), moved up in order when a place frees. */
	WAITING,
	/** Cancelled by the resident, or because the date or the event was cancelled. */
	CANCELLED;

	public boolean isActive() {
		return this != CANCELLED;
	}

	public String messageKey() {
		return "registration.status." + name();
	}
}
