package jp.tomoni.accounts;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per account and per client address with token buckets (Bucket4j). Each failure takes
 * a token; while a bucket is empty, sign-in is refused without checking the password. Buckets refill
 * gradually, so a locked account unlocks by itself.
 */
@Component
class SignInThrottle {

	private final SignInThrottleProperties properties;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(2))
		.maximumSize(100_000)
		.build();

	SignInThrottle(SignInThrottleProperties properties) {
		this.properties = properties;
	}

	boolean isBlocked(String email, String address) {
		return accountBucket(email).getAvailableTokens() <= 0 || addressBucket(address).getAvailableTokens() <= 0;
	}

	void failed(String email, String address) {
		accountBucket(email).tryConsume(1);
		addressBucket(address).tryConsume(1);
	}

	private Bucket accountBucket(String email) {
		String key = "account:" + email.toLowerCase(Locale.ROOT);
		return buckets.get(key, k -> bucket(properties.failuresPerAccount()));
	}

	private Bucket addressBucket(String address) {
		return buckets.get("address:" + address, k -> bucket(properties.failuresPerAddress()));
	}

	private Bucket bucket(int capacity) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, properties.window()).build())
			.build();
	}
}
