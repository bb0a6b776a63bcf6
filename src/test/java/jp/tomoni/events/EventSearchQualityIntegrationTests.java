package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What residents type, and what they should find: a word in かな finds the kanji it reads inside any text and any
 * compound, and through a synonym of that kanji; a word in kanji does not find its homophones; spellings of the
 * typed word rank above its synonyms. Each test names its events with a word of its own, searched with the query.
 */
@TomoniIntegrationTest
class EventSearchQualityIntegrationTests {

	@Autowired
	EventManagement management;

	@Autowired
	EventSearch search;

	@Autowired
	UserDetailsService users;

	private String marker;

	@BeforeEach
	void marker() {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			word.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		marker = word.toString();
	}

	private long publish(String name, String description) {
		long staff = ((SignedInPerson) users.loadUserByUsername("staff@example.jp")).accountId();
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(10);
		return management.create(new EventActor(staff, true),
				new EventCommand(marker + name, null, null, description, "seminar", Set.of("13"), null, null, null,
						true, null, AttendanceMode.IN_PERSON, null, null, "市民会館", null, null, null, null, null,
						"相模原市", Set.of(), null, null, null, null, null, null, null, false,
						List.of(new EventDateCommand(day, null, LocalTime.of(10, 0), LocalTime.of(12, 0)))));
	}

	private List<Long> found(String words) {
		return search.search(new EventQuery(marker + " " + words, null, null, null, null, null, false, false, 0, 20))
			.items()
			.stream()
			.map(EventOccurrenceView::eventId)
			.toList();
	}

	@Test
	void aWordInKanaFindsItsKanjiInADescriptionAndInsideACompound() {
		long history = publish("講演会", "郷土の歴史や産業を学びます。");
		long museum = publish("展示", "練馬区立美術館で開かれる展示です。");

		assertThat(found("れきし")).containsExactly(history);
		assertThat(found("びじゅつ")).containsExactly(museum);
	}

	@Test
	void aWordInKanaFindsTheSynonymsOfTheKanjiItReads() {
		long art = publish("アート教室", "絵を描きます。");

		assertThat(found("びじゅつ")).containsExactly(art);
	}

	@Test
	void aWordInKanjiDoesNotFindItsHomophones() {
		long confidence = publish("話し方講座", "自信をもって話せるようになります。");
		long earthquake = publish("防災講座", "地震に備えます。");

		assertThat(found("地震")).containsExactly(earthquake);
		assertThat(found("震災")).containsExactly(earthquake).doesNotContain(confidence);
	}

	@Test
	void spellingsOfTheTypedWordRankAboveItsSynonyms() {
		long centre = publish("児童センターまつり", "工作と遊びのまつりです。");
		long craft = publish("工作教室", "子どもから大人まで楽しめる工作です。");

		assertThat(found("子供")).containsExactly(craft, centre);
	}

	@Test
	void aKeptPageOfHitsIsSearchedAgainOnceAnEventChanges() {
		long first = publish("歴史散歩", "まちを歩きます。");
		assertThat(found("れきし")).containsExactly(first);
		assertThat(found("れきし")).containsExactly(first);

		long second = publish("歴史講座", "古文書を読みます。");
		assertThat(found("れきし")).containsExactlyInAnyOrder(first, second);
	}
}
