package jp.tomoni.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class AccountTokenTests {

	private final Instant issued = Instant.parse("2026-11-26T01:00:00Z");

	@Test
	void aResetLinkExpiresAfterOneHour() {
		AccountToken token = new AccountToken(1L, TokenPurpose.RESET_PASSWORD, "hash", issued);
		assertThat(token.isUsable(TokenPurpose.RESET_PASSWORD, issued.plus(Duration.ofMinutes(59)))).isTrue();
		assertThat(token.isUsable(TokenPurpose.RESET_PASSWORD, issued.plus(Duration.ofMinutes(60)))).isFalse();
	}

	@Test
	void aLinkIsSingleUse() {
		AccountToken token = new AccountToken(1L, TokenPurpose.CONFIRM_EMAIL, "hash", issued);
		token.use(issued.plusSeconds(10));
		assertThat(token.isUsable(TokenPurpose.CONFIRM_EMAIL, issued.plusSeconds(20))).isFalse();
	}

	@Test
	void aLinkServesOnlyItsPurpose() {
		AccountToken token = new AccountToken(1L, TokenPurpose.CONFIRM_EMAIL, "hash", issued);
		assertThat(token.isUsable(TokenPurpose.RESET_PASSWORD, issued.plusSeconds(1))).isFalse();
	}

	@Test
	void onlyTheHashOfATokenIsKept() {
		assertThat(AccountManagement.hash("secret")).hasSize(64).doesNotContain("secret");
	}
}
