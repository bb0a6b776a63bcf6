package jp.tomoni.newsletter;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the subscribe form with token buckets (Bucket4j), per client address and per subscribed address, so that
 * the form can neither be flooded nor used to bomb someone's mailbox with confirmation mails.
 */
@Component
class SubscribeThrottle {

	private final int perClient;

	private final int perEmail;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofDays(2))
		.maximumSize(100_000)
		.build();

	SubscribeThrottle(@Value("${tomoni.newsletter.subscriptions-per-address-per-hour:10}") int perClient,
			@Value("${tomoni.newsletter.mails-per-subscriber-per-day:3}") int perEmail) {
		this.perClient = perClient;
		this.perEmail = perEmail;
	}

	/** Takes a token from both buckets; {@code false} (and nothing taken) when either is empty. */
	synchronized boolean tryAcquire(String clientAddress, String email) {
		Bucket byClient = buckets.get("client:" + clientAddress, k -> bucket(perClient, Duration.ofHours(1)));
		Bucket byEmail = buckets.get("email:" + email.strip().toLowerCase(java.util.Locale.ROOT),
				k -> bucket(perEmail, Duration.ofDays(1)));
		if (byClient.getAvailableTokens() <= 0 || byEmail.getAvailableTokens() <= 0) {
			return false;
		}
		return byClient.tryConsume(1) && byEmail.tryConsume(1);
	}

	private static Bucket bucket(int capacity, Duration window) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
			.build();
	}
}
