package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The model: a recurring event entered by staff is public at once, its dates are occurrences, imports upsert. */
@TomoniIntegrationTest
@RecordApplicationEvents
class EventModelIntegrationTests {

	@Autowired
	EventManagement management;

	@Autowired
	Events events;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents published;

	static EventCommand command(String name, List<EventDateCommand> dates) {
		return new EventCommand(name, "テストイベント", "要約", "説明", "seminar", Set.of("13"), "hashimoto", "子育て中の親子",
				"無料", true, 20, AttendanceMode.IN_PERSON, null, null, "橋本公民館", "252-0143", "相模原市緑区橋本1-1-1",
				new BigDecimal("35.594800"), new BigDecimal("139.345100"), null, "相模原市協働推進課", Set.of(), null, "協働 花子",
				"042-754-1111", "kyodo@example.jp", "https://example.jp/event", "電話で申込み", null, false, dates);
	}

	private long staff() {
		return ((SignedInPerson) users.loadUserByUsername("staff@example.jp")).accountId();
	}

	@Test
	void aRecurringEventByStaffIsPublicWithOneOccurrencePerDate() {
		LocalDate start = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(3);
		List<EventDateCommand> dates = Recurrence.weekly(start, 2, DayOfWeek.SATURDAY, start.plusWeeks(8))
			.dates()
			.stream()
			.map(day -> new EventDateCommand(day, null, LocalTime.of(10, 0), LocalTime.of(12, 0)))
			.toList();
		long id = management.create(new EventActor(staff(), true), command("モデル確認の講座", dates));

		EventDetails details = events.details(id).orElseThrow();
		assertThat(details.summary().status()).isEqualTo(EventStatus.PUBLISHED);
		assertThat(details.dates()).hasSize(dates.size());
		assertThat(events.publishedOccurrences(start, start.plusWeeks(9)))
			.filteredOn(o -> o.eventId() == id)
			.hasSize(dates.size())
			.allSatisfy(o -> assertThat(o.placeName()).isEqualTo("橋本公民館"));
		assertThat(published.stream(EventPublished.class).filter(e -> e.eventId() == id)).hasSize(1);
	}

	@Test
	void anImportCreatesThenLeavesAloneThenUpdates() {
		LocalDate past = LocalDate.of(2020, 5, 1);
		EventCommand first = command("取り込みイベント", List.of(new EventDateCommand(past, null, null, null)));
		assertThat(management.importEvent("test-source", "K-1", "h1", first)).isEqualTo(ImportOutcome.CREATED);
		assertThat(management.importEvent("test-source", "K-1", "h1", first)).isEqualTo(ImportOutcome.UNCHANGED);
		assertThat(management.importEvent("test-source", "K-1", "h2", first)).isEqualTo(ImportOutcome.UPDATED);
		assertThat(events.publishedOccurrences(past, past)).extracting(EventOccurrenceView::name)
			.containsOnlyOnce("取り込みイベント");
	}

	@Test
	void anEventWithoutDatesIsRefusedNamingTheField() {
		assertThatThrownBy(() -> management.create(new EventActor(staff(), true), command("日付なし", List.of())))
			.isInstanceOfSatisfying(EventRuleViolation.class, v -> assertThat(v.field()).isEqualTo("dates"));
	}
}
