package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The kept weeks of the month calendar (CalendarWeeks) are made again once an event is published or cancelled. */
@TomoniIntegrationTest
class CalendarWeeksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventManagement management;

	@Autowired
	UserDetailsService users;

	private String calendar(LocalDate day) throws Exception {
		return mvc.perform(get("/events/calendar").param("month", day.toString().substring(0, 7)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aKeptMonthShowsAnEventPublishedAfterItWasShown() throws Exception {
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusMonths(3).withDayOfMonth(12);
		String name = "カレンダー確認会" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		assertThat(calendar(day)).doesNotContain(name);
		assertThat(calendar(day)).doesNotContain(name);

		long staff = ((SignedInPerson) users.loadUserByUsername("staff@example.jp")).accountId();
		long id = management.create(new EventActor(staff, true),
				new EventCommand(name, null, null, null, "seminar", Set.of("13"), null, null, null, true, null,
						AttendanceMode.IN_PERSON, null, null, "市民会館", null, null, null, null, null, "相模原市",
						Set.of(), null, null, null, null, null, null, null, false,
						List.of(new EventDateCommand(day, null, LocalTime.of(13, 30), null))));

		assertThat(calendar(day)).contains("href=\"/events/" + id + "\"", "13:30 " + name);
	}
}
