package jp.tomoni.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInThrottleTests {

	private final SignInThrottle throttle = new SignInThrottle(new SignInThrottleProperties(3, 5, Duration.ofMinutes(15)));

	@Test
	void blocksAnAccountAfterItsAllowanceOfFailures() {
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.isBlocked("taro@example.jp", "192.0.2.1")).isFalse();
			throttle.failed("taro@example.jp", "192.0.2." + (i + 1));
		}
		assertThat(throttle.isBlocked("TARO@example.jp", "192.0.2.99")).isTrue();
		assertThat(throttle.isBlocked("hanako@example.jp", "192.0.2.99")).isFalse();
	}

	@Test
	void blocksAnAddressThatTriesManyAccounts() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("person" + i + "@example.jp", "198.51.100.7");
		}
		assertThat(throttle.isBlocked("someone-else@example.jp", "198.51.100.7")).isTrue();
		assertThat(throttle.isBlocked("someone-else@example.jp", "198.51.100.8")).isFalse();
	}
}
