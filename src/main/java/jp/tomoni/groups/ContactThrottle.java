package jp.tomoni.groups;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits contact messages with token buckets (Bucket4j), per client address and per group, so that the relay
 * cannot be used to flood a group's mailbox (docs/decisions/0022). Buckets refill gradually.
 */
@Component
class ContactThrottle {

	private final int perAddress;

	private final int perGroup;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofDays(2))
		.maximumSize(100_000)
		.build();

	ContactThrottle(@Value("${tomoni.contact.messages-per-address-per-hour:5}") int perAddress,
			@Value("${tomoni.contact.messages-per-group-per-day:20}") int perGroup) {
		this.perAddress = perAddress;
		this.perGroup = perGroup;
	}

	/** Takes a token from both buckets; {@code false} (and nothing taken) when either is empty. */
	synchronized boolean tryAcquire(String address, long groupId) {
		Bucket byAddress = buckets.get("address:" + address,
				k -> bucket(perAddress, Duration.ofHours(1)));
		Bucket byGroup = buckets.get("group:" + groupId, k -> bucket(perGroup, Duration.ofDays(1)));
		if (byAddress.getAvailableTokens() <= 0 || byGroup.getAvailableTokens() <= 0) {
			return false;
		}
		return byAddress.tryConsume(1) && byGroup.tryConsume(1);
	}

	private static Bucket bucket(int capacity, Duration window) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
			.build();
	}
}
