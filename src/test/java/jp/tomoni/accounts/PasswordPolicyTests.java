package jp.tomoni.accounts;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsALongUncommonPassphrase() {
		assertThatCode(() -> policy.check("sakura-no-hana-2026", "taro@example.jp", "password")).doesNotThrowAnyException();
	}

	@Test
	void refusesShortPasswords() {
		assertThatThrownBy(() -> policy.check("a1b2c3d4", "taro@example.jp", "password"))
			.isInstanceOf(AccountRuleViolation.class)
			.hasMessage("password.tooShort");
	}

	@Test
	void refusesOverlongPasswords() {
		assertThatThrownBy(() -> policy.check("x".repeat(129), "taro@example.jp", "password"))
			.hasMessage("password.tooLong");
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThatThrownBy(() -> policy.check("1234567890", "taro@example.jp", "password")).hasMessage("password.common");
		assertThatThrownBy(() -> policy.check("PASSWORD123", "taro@example.jp", "password")).hasMessage("password.common");
	}

	@Test
	void refusesTheEmailAddress() {
		assertThatThrownBy(() -> policy.check("yamada.taro.long@example.jp", "yamada.taro.long@example.jp", "password"))
			.hasMessage("password.sameAsEmail");
	}
}
