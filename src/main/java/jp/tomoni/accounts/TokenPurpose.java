package jp.tomoni.accounts;

import java.time.Duration;

enum TokenPurpose {

	CONFIRM_EMAIL(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(1)), SET_PASSWORD(Duration.ofDays(7));

	private final Duration validity;

	TokenPurpose(Duration validity) {
		this.validity = validity;
	}

	Duration validity() {
		return validity;
	}
}
