package jp.tomoni.newsletter;

enum SubscriberStatus {
	/** Subscribed, the confirmation link not yet opened: receives nothing but that link. */
	PENDING,
	/** Confirmed: receives the weekly digest. */
	ACTIVE
}
