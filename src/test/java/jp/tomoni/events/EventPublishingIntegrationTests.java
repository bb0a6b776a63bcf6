package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.shared.SignedInPerson;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Publishing by a group, the coordinator's review, the public pages, the search, the API, iCalendar and JSON-LD. */
@TomoniIntegrationTest
class EventPublishingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GroupDirectory groups;

	@Autowired
	EventManagement management;

	@Autowired
	MailOutbox outbox;

	static String unique() {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			suffix.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		return suffix.toString();
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Tokyo"));
	}

	private long groupOf(UserDetails person) {
		return groups.groupsOf(((SignedInPerson) person).accountId()).getFirst().id();
	}

	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name, long groupId,
			LocalDate first) {
		return request.with(csrf())
			.param("name", name)
			.param("nameKana", "はなびたいかい")
			.param("summary", "夏の夜を彩る花火大会です。")
			.param("description", "雨天中止。")
			.param("categoryCode", "community")
			.param("fieldCodes", "03")
			.param("areaCode", "hashimoto")
			.param("targetAudience", "どなたでも")
			.param("free", "true")
			.param("capacity", "100")
			.param("attendanceMode", "IN_PERSON")
			.param("placeName", "相模川河川敷")
			.param("postalCode", "252-0143")
			.param("address", "相模原市緑区橋本1-1-1")
			.param("latitude", "35.5948")
			.param("longitude", "139.3451")
			.param("organiserGroupId", Long.toString(groupId))
			.param("contactName", "花火係")
			.param("contactEmail", "hanabi@example.jp")
			.param("applicationMethod", "申込不要")
			.param("startDate", first.toString())
			.param("startTime", "19:00")
			.param("endTime", "20:30")
			.param("repeat", "WEEKLY")
			.param("everyWeeks", "1")
			.param("until", first.plusWeeks(3).toString())
			.param("extraDates", "");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor set(String name, String value) {
		return request -> {
			request.setParameter(name, value);
			return request;
		};
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long idOf(String name, UserDetails person) {
		return management.managedBy(((SignedInPerson) person).accountId())
			.stream()
			.filter(e -> e.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void aGroupsRecurringEventIsReviewedReturnedResubmittedPublishedAndFound() throws Exception {
		UserDetails groupAdmin = users.loadUserByUsername("group-admin@example.jp");
		UserDetails coordinator = users.loadUserByUsername("coordinator@example.jp");
		long groupId = groupOf(groupAdmin);
		String name = "花火大会" + unique();
		LocalDate first = today().plusDays(10);

		mvc.perform(form(post("/account/events/new"), name, groupId, first).with(user(groupAdmin)))
			.andExpect(redirectedUrl("/account/events"));
		long id = idOf(name, groupAdmin);

		// Waiting for review: not public, but its organiser sees it.
		mvc.perform(get("/events/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/events/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/events/" + id).with(user(groupAdmin))).andExpect(status().isOk());
		assertThat(management.pendingReview()).extracting(EventSummary::id).contains(id);

		// Returned with a reason the organiser is mailed and sees on the form.
		mvc.perform(post("/backoffice/events/" + id + "/return").with(csrf()).with(user(coordinator)).param("reason", " "))
			.andExpect(content().string(Matchers.containsString("理由を入力してください。")));
		mvc.perform(post("/backoffice/events/" + id + "/return").with(csrf()).with(user(coordinator))
			.param("reason", "会場の住所をご確認ください。")).andExpect(redirectedUrl("/backoffice/events"));
		assertThat(outbox.list("group-admin@example.jp", 0, 1).getContent().getFirst().body()).contains(name,
				"会場の住所をご確認ください。");
		mvc.perform(get("/account/events/" + id + "/edit").with(user(groupAdmin)))
			.andExpect(content().string(Matchers.containsString("会場の住所をご確認ください。")));
		mvc.perform(form(post("/account/events/" + id + "/edit"), name, groupId, first).with(user(groupAdmin)))
			.andExpect(redirectedUrl("/account/events"));
		assertThat(management.pendingReview()).extracting(EventSummary::id).contains(id);

		mvc.perform(post("/backoffice/events/" + id + "/approve").with(csrf()).with(user(coordinator)))
			.andExpect(redirectedUrl("/backoffice/events"));

		// Public: 4 weekly dates, found by かな, half-width katakana and in the list.
		String api = body(get("/api/events").param("q", "はなび").param("size", "100"));
		List<Integer> ids = JsonPath.read(api, "$.items[*].id");
		assertThat(ids.stream().filter(i -> i == id)).hasSize(4);
		assertThat(JsonPath.<List<Integer>>read(body(get("/api/events").param("q", "ﾊﾅﾋﾞ").param("size", "100")),
				"$.items[*].id")).contains((int) id);
		assertThat(JsonPath.<List<String>>read(api, "$.items[?(@.id == " + id + ")].startTime")).containsOnly("19:00");
		assertThat(JsonPath.<List<String>>read(api, "$.items[?(@.id == " + id + ")].placeName"))
			.containsOnly("相模川河川敷");
		String fromTo = body(get("/api/events").param("q", name).param("from", first.plusDays(1).toString())
			.param("to", first.plusWeeks(2).toString()));
		assertThat(JsonPath.<Integer>read(fromTo, "$.total")).isEqualTo(2);
		mvc.perform(get("/events").param("q", "はなび"))
			.andExpect(content().string(Matchers.containsString("<mark>花火</mark>")));

		String detail = body(get("/api/events/" + id));
		assertThat(JsonPath.<List<String>>read(detail, "$.dates[*].startDate")).hasSize(4);
		assertThat(JsonPath.<String>read(detail, "$.organiserName")).isNotBlank();

		// The page: organiser linked to the group, JSON-LD with times in +09:00.
		String page = body(get("/events/" + id));
		assertThat(page).contains("/groups/" + groupId, "application/ld+json", "\"@type\":\"Event\"",
				"\"startDate\":\"" + first + "T19:00+09:00\"", "OfflineEventAttendanceMode", "\"@type\":\"GeoCoordinates\"",
				"\"@type\":\"PostalAddress\"", "\"price\":0", "EventScheduled");

		// iCalendar: one VEVENT per date, in the feeds of all events, the category and the group.
		String ics = body(get("/events.ics"));
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("TZID:Asia/Tokyo");
		assertThat(ics.split("UID:event-" + id + "-date-", -1)).hasSize(5);
		assertThat(body(get("/events/category/community.ics"))).contains("UID:event-" + id + "-date-");
		assertThat(body(get("/groups/" + groupId + "/events.ics"))).contains("UID:event-" + id + "-date-");
		mvc.perform(get("/events/category/no-such.ics")).andExpect(status().isNotFound());

		// The calendar of the first date's month lists it.
		mvc.perform(get("/events/calendar").param("month", first.toString().substring(0, 7)))
			.andExpect(content().string(Matchers.containsString(name)));

		// One date cancelled: marked in the API and the iCalendar feed.
		long dateId = management.managedDetails(new EventActor(((SignedInPerson) groupAdmin).accountId(), false), id)
			.dates()
			.getFirst()
			.id();
		mvc.perform(post("/account/events/" + id + "/cancel").with(csrf()).with(user(groupAdmin))
			.param("dateId", Long.toString(dateId))
			.param("reason", "雨天のため")).andExpect(redirectedUrl("/account/events"));
		assertThat(body(get("/events.ics"))).contains("STATUS:CANCELLED");
		assertThat(body(get("/events/" + id))).contains("EventCancelled", "雨天のため");
	}

	@Test
	void staffPublishDirectlyAndAGroupAdministratorCannotPublishForAnotherGroup() throws Exception {
		UserDetails staff = users.loadUserByUsername("staff@example.jp");
		UserDetails groupAdmin = users.loadUserByUsername("group-admin@example.jp");
		long other = groupOf(groupAdmin);
		String name = "講座" + unique();
		mvc.perform(form(post("/account/events/new"), name, other, today().plusDays(3)).with(user(staff)))
			.andExpect(redirectedUrl("/account/events"));
		assertThat(body(get("/events/" + idOf(name, staff)))).contains(name);

		// A group the administrator does not administer (here: no such group) is refused, naming the field.
		mvc.perform(form(post("/account/events/new"), "他団体" + unique(), 999_999, today().plusDays(3)).with(user(groupAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("あなたが管理する団体だけを選べます")));
	}

	@Test
	void badInputIsRefusedWithJapaneseMessagesNamingTheField() throws Exception {
		UserDetails groupAdmin = users.loadUserByUsername("group-admin@example.jp");
		long groupId = groupOf(groupAdmin);
		String name = "検証" + unique();
		mvc.perform(form(post("/account/events/new"), name, groupId, today().minusDays(1)).with(user(groupAdmin)))
			.andExpect(content().string(Matchers.containsString("は過ぎています")));
		mvc.perform(form(post("/account/events/new"), name, groupId, today().plusDays(1)).with(set("endTime", "18:00"))
			.with(user(groupAdmin))).andExpect(content().string(Matchers.containsString("終了時刻が開始時刻より前です")));
		mvc.perform(form(post("/account/events/new"), name, groupId, today().plusDays(1)).with(set("capacity", "0"))
			.with(user(groupAdmin))).andExpect(content().string(Matchers.containsString("定員は1以上")));
		mvc.perform(form(post("/account/events/new"), name, groupId, today().plusDays(1)).with(set("contactEmail", "not-mail"))
			.with(user(groupAdmin))).andExpect(content().string(Matchers.containsString("問い合わせ先のメールアドレス")));
		mvc.perform(form(post("/account/events/new"), name, groupId, today().plusDays(1)).with(set("nameKana", "花火"))
			.with(user(groupAdmin))).andExpect(content().string(Matchers.containsString("フリガナはカタカナ")));
		// Nothing typed is lost.
		mvc.perform(form(post("/account/events/new"), name, groupId, today().plusDays(1)).with(set("capacity", "0"))
			.with(user(groupAdmin))).andExpect(content().string(Matchers.containsString("相模川河川敷")));
		assertThat(management.managedBy(((SignedInPerson) groupAdmin).accountId())).extracting(EventSummary::name)
			.doesNotContain(name);
	}

	@Test
	void theCalendarMarksTodayAndLinksTheNeighbouringMonths() throws Exception {
		String month = today().toString().substring(0, 7);
		assertThat(body(get("/events/calendar").param("month", month))).contains("aria-current=\"date\"",
				"month=" + today().minusMonths(1).toString().substring(0, 7),
				"month=" + today().plusMonths(1).toString().substring(0, 7));
		mvc.perform(get("/events/calendar").param("month", "not-a-month")).andExpect(status().isOk());
	}

	@Test
	void theApiRefusesPagesOutOfRange() throws Exception {
		mvc.perform(get("/api/events").param("size", "101")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/events").param("page", "-1")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/events/999999")).andExpect(status().isNotFound());
	}
}
