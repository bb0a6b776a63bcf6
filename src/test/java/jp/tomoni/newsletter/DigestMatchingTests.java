package jp.tomoni.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DigestMatchingTests {

	private static DigestItem item(String title, Set<String> fields, Set<String> areas) {
		return new DigestItem("newsletter.type.test", title, "/x", LocalDate.of(2026, 5, 1), fields, areas, null);
	}

	private final DigestItem childcareInMidori = item("子育て・緑区", Set.of("13"), Set.of("midori"));

	private final DigestItem environmentEverywhere = item("環境・全域", Set.of("07"), Set.of());

	private final DigestItem general = item("お知らせ", Set.of(), Set.of());

	private final List<DigestItem> items = List.of(childcareInMidori, environmentEverywhere, general);

	@Test
	void aSubscriberWhoChoseNothingGetsEverything() {
		assertThat(DigestMatching.select(items, Set.of(), Set.of())).containsExactlyElementsOf(items);
	}

	@Test
	void aFieldSelectsItemsOfThatFieldAndItemsOfNoField() {
		assertThat(DigestMatching.select(items, Set.of("13"), Set.of())).containsExactly(childcareInMidori, general);
		assertThat(DigestMatching.select(items, Set.of("01"), Set.of())).containsExactly(general);
	}

	@Test
	void anAreaSelectsItemsOfThatAreaAndItemsOfTheWholeMunicipality() {
		assertThat(DigestMatching.select(items, Set.of(), Set.of("chuo"))).containsExactly(environmentEverywhere,
				general);
		assertThat(DigestMatching.select(items, Set.of(), Set.of("midori"))).containsExactlyElementsOf(items);
	}

	@Test
	void fieldsAndAreasMustBothMatch() {
		assertThat(DigestMatching.select(items, Set.of("13"), Set.of("chuo"))).containsExactly(general);
		assertThat(DigestMatching.select(items, Set.of("13", "07"), Set.of("midori"))).containsExactlyElementsOf(items);
	}

	@Test
	void theWeekOfADigestIsTheSevenDaysBeforeItsMondayInJapan() {
		// Monday 2026-11-30 07:00 in Japan is Sunday 22:00 UTC.
		DigestWeek week = DigestWeek.of(Instant.parse("2026-11-29T22:00:00Z"));
		assertThat(week.weekStart()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(week.from()).isEqualTo(Instant.parse("2026-11-22T15:00:00Z"));
		assertThat(week.to()).isEqualTo(Instant.parse("2026-11-29T15:00:00Z"));
		assertThat(DigestWeek.of(Instant.parse("2026-12-02T03:00:00Z")).weekStart()).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void aConfirmationLinkExpiresAfterSevenDaysAndIsUsedOnce() {
		Instant now = Instant.parse("2026-11-26T00:00:00Z");
		NewsletterSubscriber subscriber = new NewsletterSubscriber("141500", "a@example.jp", "manage", now);
		subscriber.awaitConfirmation("hash", now);
		assertThat(subscriber.isConfirmable(now.plusSeconds(7 * 86_400 - 1))).isTrue();
		assertThat(subscriber.isConfirmable(now.plusSeconds(7 * 86_400))).isFalse();
		subscriber.confirm(now);
		assertThat(subscriber.isConfirmable(now)).isFalse();
		assertThat(subscriber.isActive()).isTrue();
	}

	@Test
	void aSubscriberGetsAWeeksDigestOnce() {
		NewsletterSubscriber subscriber = new NewsletterSubscriber("141500", "a@example.jp", "manage", Instant.now());
		LocalDate week = LocalDate.of(2026, 11, 30);
		assertThat(subscriber.digestSent(week)).isTrue();
		assertThat(subscriber.digestSent(week)).isFalse();
		assertThat(subscriber.digestSent(week.minusWeeks(1))).isFalse();
		assertThat(subscriber.digestSent(week.plusWeeks(1))).isTrue();
	}
}
