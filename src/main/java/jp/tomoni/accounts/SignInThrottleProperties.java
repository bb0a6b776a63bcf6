package jp.tomoni.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code tomoni.sign-in.*}: how many failed sign-ins are allowed per account and per address in a window. */
@ConfigurationProperties("tomoni.sign-in")
record SignInThrottleProperties(@DefaultValue("5") int failuresPerAccount, @DefaultValue("20") int failuresPerAddress,
		@DefaultValue("15m") Duration window) {
}
