package jp.tomoni.newsletter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * A test fixture standing in for the events and news modules, which implement {@link DigestSource} in the
 * application: tests add the items it offers, each with the moment it was published.
 */
@Component
public class TestDigestSource implements DigestSource {

	private record Published(DigestItem item, Instant at) {
	}

	private final List<Published> items = new CopyOnWriteArrayList<>();

	/** Offers the item as published at that moment. */
	public void add(DigestItem item, Instant publishedAt) {
		items.add(new Published(item, publishedAt));
	}

	/** Offers the item as published in the week the digest sent at {@code sendAt} reports on. */
	public void addForDigestAt(DigestItem item, Instant sendAt) {
		add(item, DigestWeek.of(sendAt).from().plus(Duration.ofHours(10)));
	}

	@Override
	public List<DigestItem> itemsBetween(Instant from, Instant to) {
		return items.stream().filter(p -> !p.at().isBefore(from) && p.at().isBefore(to)).map(Published::item).toList();
	}
}
