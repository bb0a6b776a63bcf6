package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.audit.AuditEntryView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditQuery;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.SignedInPerson;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Suspension, removal and reinstatement of public groups, and the yearly 情報更新確認 with its reminders, against the
 * whole application.
 */
@TomoniIntegrationTest
class GroupLifecycleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GroupDirectory directory;

	@Autowired
	GroupConfirmations confirmations;

	@Autowired
	MailOutbox outbox;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	private static String unique() {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			suffix.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		return suffix.toString();
	}

	private UserDetails citizen() {
		return users.loadUserByUsername("citizen@example.jp");
	}

	private UserDetails coordinator() {
		return users.loadUserByUsername("coordinator@example.jp");
	}

	/** A public group of the demo citizen. */
	private long publicGroup(String name) throws Exception {
		mvc.perform(post("/account/groups/new").with(csrf())
			.with(user(citizen()))
			.param("name", name)
			.param("nameKana", "らいふさいくる")
			.param("kindCode", "volunteer-group")
			.param("fieldCodes", "13")
			.param("areaCodes", "hashimoto")
			.param("purpose", "地域の子育てを応援します。")
			.param("contactEmailVisibility", "STAFF")
			.param("contactPhoneVisibility", "STAFF")).andExpect(redirectedUrl("/account/groups"));
		long id = directory.groupsOf(((SignedInPerson) citizen()).accountId())
			.stream()
			.filter(g -> g.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
		directory.approve(id);
		return id;
	}

	private List<Long> apiSearch(String q) throws Exception {
		String body = mvc.perform(get("/api/groups").param("q", q).param("size", "100"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return com.jayway.jsonpath.JsonPath.<List<Integer>>read(body, "$.items[*].id")
			.stream()
			.map(Integer::longValue)
			.toList();
	}

	private String text(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private long mailsAbout(String name, String subjectPart) {
		return outbox.list("citizen@example.jp", 0, 500)
			.getContent()
			.stream()
			.filter(mail -> mail.body().contains(name) && mail.subject().contains(subjectPart))
			.count();
	}

	private List<String> auditedActions(long groupId) {
		return auditLog.search(new AuditQuery(null, null, "group", Long.toString(groupId), null, null), 0, 50)
			.getContent()
			.stream()
			.map(AuditEntryView::action)
			.toList();
	}

	@Test
	void aSuspendedGroupLeavesEveryPublicViewKeepsItsReasonForItsAdministratorAndIsReinstated() throws Exception {
		String name = "一時停止テスト" + unique();
		String reason = "代表者の連絡先が確認できないため、確認が取れるまで公開を止めます。";
		long id = publicGroup(name);
		assertThat(apiSearch(name)).contains(id);
		mvc.perform(get("/groups").param("q", name))
			.andExpect(content().string(Matchers.containsString("href=\"/groups/" + id + "\"")));

		// A reason is required.
		mvc.perform(post("/backoffice/groups/" + id + "/suspend").with(csrf()).with(user(coordinator())).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("理由を入力してください。")));
		assertThat(apiSearch(name)).contains(id);

		mvc.perform(post("/backoffice/groups/" + id + "/suspend").with(csrf()).with(user(coordinator())).param("reason", reason))
			.andExpect(redirectedUrl("/backoffice/groups/" + id + "/moderation"));

		// Gone from the directory, the API, the export and its page (and so its JSON-LD).
		assertThat(apiSearch(name)).doesNotContain(id);
		mvc.perform(get("/groups").param("q", name))
			.andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/groups/" + id + "\""))));
		mvc.perform(get("/api/groups/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/groups/" + id)).andExpect(status().isNotFound());
		assertThat(text("/groups/export.csv")).doesNotContain(name);
		assertThat(text("/groups/export.json")).doesNotContain(name);
		mvc.perform(get("/groups/" + id).with(user(users.loadUserByUsername("member@example.jp"))))
			.andExpect(status().isNotFound());

		// Its administrator still sees it, with the reason, and was mailed the reason.
		mvc.perform(get("/groups/" + id).with(user(citizen())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(reason)));
		mvc.perform(get("/account/groups").with(user(citizen())))
			.andExpect(content().string(Matchers.containsString(name)))
			.andExpect(content().string(Matchers.containsString("一時停止(非公開)")));
		assertThat(mailsAbout(name, "一時停止")).isEqualTo(1);
		assertThat(outbox.list("citizen@example.jp", 0, 500)
			.getContent()
			.stream()
			.filter(mail -> mail.body().contains(name))
			.anyMatch(mail -> mail.body().contains(reason))).isTrue();
		mvc.perform(get("/backoffice/groups/moderated").with(user(coordinator())))
			.andExpect(content().string(Matchers.containsString(name)));

		// Reinstated, it is public again.
		mvc.perform(post("/backoffice/groups/" + id + "/reinstate").with(csrf()).with(user(coordinator())))
			.andExpect(redirectedUrl("/backoffice/groups/" + id + "/moderation"));
		assertThat(apiSearch(name)).contains(id);
		mvc.perform(get("/groups/" + id)).andExpect(status().isOk());
		assertThat(text("/groups/export.csv")).contains(name);
		assertThat(mailsAbout(name, "再開")).isEqualTo(1);
		// Reinstating twice is refused.
		mvc.perform(post("/backoffice/groups/" + id + "/reinstate").with(csrf()).with(user(coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("一時停止中の団体だけを再開できます。")));

		assertThat(auditedActions(id)).contains("group.suspended", "group.reinstated");
	}

	@Test
	void aRemovedGroupIsSeenByStaffOnly() throws Exception {
		String name = "削除テスト" + unique();
		long id = publicGroup(name);
		mvc.perform(post("/backoffice/groups/" + id + "/remove").with(csrf())
			.with(user(coordinator()))
			.param("reason", "団体から解散の届けがありました。")).andExpect(redirectedUrl("/backoffice/groups/" + id + "/moderation"));

		assertThat(apiSearch(name)).doesNotContain(id);
		mvc.perform(get("/groups/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/groups/" + id).with(user(citizen()))).andExpect(status().isNotFound());
		mvc.perform(get("/account/groups/" + id + "/edit").with(user(citizen()))).andExpect(status().isNotFound());
		mvc.perform(get("/account/groups").with(user(citizen())))
			.andExpect(content().string(Matchers.not(Matchers.containsString(name))));
		mvc.perform(get("/backoffice/groups/" + id + "/moderation").with(user(coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("団体から解散の届けがありました。")));
		assertThat(mailsAbout(name, "削除")).isEqualTo(1);
		assertThat(auditedActions(id)).contains("group.removed");
		// A removed group is not reinstated.
		mvc.perform(post("/backoffice/groups/" + id + "/reinstate").with(csrf()).with(user(coordinator())))
			.andExpect(content().string(Matchers.containsString("一時停止中の団体だけを再開できます。")));
	}

	@Test
	void residentsAndGroupAdministratorsCannotSuspend() throws Exception {
		long id = publicGroup("停止権限" + unique());
		for (String email : List.of("reviewer@example.jp", "citizen@example.jp", "group-admin@example.jp")) {
			mvc.perform(post("/backoffice/groups/" + id + "/suspend").with(csrf())
				.with(user(users.loadUserByUsername(email)))
				.param("reason", "理由")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/groups/" + id)).andExpect(status().isOk());
	}

	@Test
	void anUnconfirmedGroupIsMarkedListedConfirmedByItsAdministratorAndThenUnmarked() throws Exception {
		String name = "更新確認テスト" + unique();
		long id = publicGroup(name);
		FiscalYear year = FiscalYear.current(clock);
		mvc.perform(get("/groups/" + id))
			.andExpect(content().string(Matchers.not(Matchers.containsString("情報更新が未確認です"))));

		makeUnconfirmed(id, year);
		mvc.perform(get("/groups/" + id))
			.andExpect(content().string(Matchers.containsString(year.japaneseLabel() + "の情報更新が未確認です")));
		mvc.perform(get("/backoffice/groups/unconfirmed").with(user(coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)));
		mvc.perform(get("/backoffice/groups/unconfirmed").param("kind", "npo-corporation").with(user(coordinator())))
			.andExpect(content().string(Matchers.not(Matchers.containsString(name))));
		mvc.perform(get("/backoffice/groups/unconfirmed").param("area", "hashimoto").param("kind", "volunteer-group")
			.with(user(coordinator()))).andExpect(content().string(Matchers.containsString(name)));

		// Someone else cannot confirm it.
		mvc.perform(post("/account/groups/" + id + "/confirm").with(csrf()).with(user(users.loadUserByUsername("member@example.jp"))))
			.andExpect(status().isNotFound());
		assertThat(confirmations.unconfirmedYear(id)).isEqualTo(year);

		mvc.perform(get("/account/groups").with(user(citizen())))
			.andExpect(content().string(Matchers.containsString("/account/groups/" + id + "/confirm")));
		mvc.perform(post("/account/groups/" + id + "/confirm").with(csrf()).with(user(citizen())))
			.andExpect(redirectedUrl("/account/groups"));
		assertThat(confirmations.unconfirmedYear(id)).isNull();
		mvc.perform(get("/groups/" + id))
			.andExpect(content().string(Matchers.not(Matchers.containsString("情報更新が未確認です"))));
		assertThat(confirmations.unconfirmed(null, null).groups()).extracting(g -> g.summary().id()).doesNotContain(id);
		assertThat(auditedActions(id)).contains("group.confirmed");

		// Changing the profile counts as a confirmation too.
		makeUnconfirmed(id, year);
		mvc.perform(post("/account/groups/" + id + "/edit").with(csrf())
			.with(user(citizen()))
			.param("name", name)
			.param("nameKana", "らいふさいくる")
			.param("kindCode", "volunteer-group")
			.param("fieldCodes", "13")
			.param("areaCodes", "hashimoto")
			.param("purpose", "地域の子育てを、これからも応援します。")
			.param("contactEmailVisibility", "STAFF")
			.param("contactPhoneVisibility", "STAFF")).andExpect(redirectedUrl("/account/groups"));
		assertThat(confirmations.unconfirmedYear(id)).isNull();
	}

	@Test
	void remindersGoOncePerGroupAndRoundAndSkipConfirmedGroups() throws Exception {
		String unconfirmedName = "催促テスト未確認" + unique();
		String confirmedName = "催促テスト確認済み" + unique();
		long unconfirmed = publicGroup(unconfirmedName);
		publicGroup(confirmedName);
		FiscalYear year = FiscalYear.current(clock);
		makeUnconfirmed(unconfirmed, year);
		Instant may = at(year.firstDay().plusMonths(1).plusDays(9));
		Instant september = at(year.firstDay().plusMonths(5).plusDays(9));
		assertThat(confirmations.round(may)).isEqualTo(1);
		assertThat(confirmations.round(september)).isEqualTo(2);
		assertThat(confirmations.round(at(year.firstDay()))).isEqualTo(1);
		assertThat(confirmations.round(at(year.lastDay()))).isEqualTo(2);

		// The scheduled job, run by a fixed clock in May, twice (a restart, a second instance): one mail.
		new GroupReminderJob(confirmations, Clock.fixed(may, FiscalYear.JAPAN)).run();
		new GroupReminderJob(confirmations, Clock.fixed(may, FiscalYear.JAPAN)).run();
		assertThat(mailsAbout(unconfirmedName, "更新確認")).isEqualTo(1);
		assertThat(mailsAbout(confirmedName, "更新確認")).isZero();
		assertThat(outbox.list("citizen@example.jp", 0, 500)
			.getContent()
			.stream()
			.filter(mail -> mail.body().contains(unconfirmedName))
			.anyMatch(mail -> mail.body().contains(year.japaneseLabel()))).isTrue();

		// September is the second round: one more, and only one.
		assertThat(confirmations.sendReminders(september).sent()).isGreaterThanOrEqualTo(1);
		assertThat(confirmations.sendReminders(september).sent()).isZero();
		assertThat(mailsAbout(unconfirmedName, "更新確認")).isEqualTo(2);
		assertThat(confirmations.unconfirmed(null, null).groups())
			.filteredOn(g -> g.summary().id() == unconfirmed)
			.singleElement()
			.satisfies(g -> assertThat(g.remindedRounds()).containsExactly(1, 2));

		// The coordinator's "send now" in the current round sends nothing twice either.
		mvc.perform(post("/backoffice/groups/unconfirmed/remind").with(csrf()).with(user(coordinator())))
			.andExpect(redirectedUrl("/backoffice/groups/unconfirmed"));
		long afterFirst = mailsAbout(unconfirmedName, "更新確認");
		mvc.perform(post("/backoffice/groups/unconfirmed/remind").with(csrf()).with(user(coordinator())))
			.andExpect(redirectedUrl("/backoffice/groups/unconfirmed"));
		assertThat(mailsAbout(unconfirmedName, "更新確認")).isEqualTo(afterFirst).isLessThanOrEqualTo(2);
		mvc.perform(post("/backoffice/groups/unconfirmed/remind").with(csrf()).with(user(citizen())))
			.andExpect(status().isForbidden());
	}

	private void makeUnconfirmed(long id, FiscalYear year) {
		jdbc.update("update civic_group set confirmed_at = ? where id = ?",
				Timestamp.from(year.previous().start().plusSeconds(86_400)), id);
	}

	private static Instant at(LocalDate date) {
		return date.atTime(12, 0).atZone(FiscalYear.JAPAN).toInstant();
	}
}
