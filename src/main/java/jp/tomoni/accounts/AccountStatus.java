package jp.tomoni.accounts;

enum AccountStatus {
	/** Signed up, e-mail address not yet confirmed. */
	PENDING,
	/** May sign in. */
	ACTIVE
}
