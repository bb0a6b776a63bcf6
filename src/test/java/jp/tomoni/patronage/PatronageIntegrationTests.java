package jp.tomoni.patronage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.audit.AuditEntryView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditQuery;
import jp.tomoni.events.AttendanceMode;
import jp.tomoni.events.EventActor;
import jp.tomoni.events.EventCommand;
import jp.tomoni.events.EventDateCommand;
import jp.tomoni.events.EventManagement;
import jp.tomoni.groups.GroupCommand;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.Visibility;
import jp.tomoni.shared.PersonalDataContributor;
import jp.tomoni.shared.PersonalDataContributor.PersonRef;
import jp.tomoni.shared.SignedInPerson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Patronage and co-hosting through their pages: a group's administrator applies for the group's event, city staff
 * approve it with reasons, the event's public page and /patronage show it; every refusal in Japanese naming the field;
 * the state machine (withdrawn or decided applications stay as they are); audit and personal data. Roles:
 * RoleMatrixIntegrationTests.
 */
@TomoniIntegrationTest
class PatronageIntegrationTests {

	private static final List<String> ALL_CONDITIONS = List.of("public-interest", "non-profit", "no-politics-religion",
			"open", "fee", "safety", "public-order");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	GroupDirectory directory;

	@Autowired
	EventManagement events;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<PersonalDataContributor> contributors;

	/** A fresh resident who registers an approved group and enters one event of it. */
	private record Organiser(UserDetails person, long groupId, long eventId, String eventName) {

		long accountId() {
			return ((SignedInPerson) person).accountId();
		}
	}

	private Organiser organiser() {
		String marker = Long.toString(System.nanoTime(), 36);
		String email = "patronage-" + marker + "@example.jp";
		accounts.signUp(new SignUpCommand(email, "sakura-no-hana-2026", "後援 太郎", "コウエン タロウ", "こうえん"));
		long account = ((SignedInPerson) users.loadUserByUsername(email)).accountId();
		long group = directory.register(account,
				new GroupCommand("名義の会" + marker, "メイギノカイ", "volunteer-group", null, Set.of("13"),
						Set.of("hashimoto"), "子育ての会です。", null, null, null, false, null, null, Visibility.PUBLIC, null,
						Visibility.PUBLIC));
		directory.approve(group);
		String name = "子育てフェスタ" + marker;
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(20);
		long event = events.create(new EventActor(account, false),
				new EventCommand(name, "コソダテフェスタ", "親子で楽しむ催しです。", "説明", "seminar", Set.of("13"), "hashimoto",
						"子育て中の親子", "無料", true, 100, AttendanceMode.IN_PERSON, null, null, "橋本公民館", null,
						"相模原市緑区橋本1-1-1", new BigDecimal("35.594800"), new BigDecimal("139.345100"), group, null,
						Set.of(), null, "後援 太郎", "042-754-1111", "kyodo@example.jp", null, "当日受付", null, false,
						List.of(new EventDateCommand(day, null, LocalTime.of(10, 0), LocalTime.of(15, 0)))));
		if (events.pendingReview().stream().anyMatch(e -> e.id() == event)) {
			events.approve(event);
		}
		return new Organiser(users.loadUserByUsername(email), group, event, name);
	}

	private MockHttpServletResponse as(UserDetails person, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(person)).with(csrf())).andReturn().getResponse();
	}

	private MockHttpServletResponse asStaff(MockHttpServletRequestBuilder request) throws Exception {
		return as(users.loadUserByUsername("staff@example.jp"), request);
	}

	private static Document html(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private static MockHttpServletRequestBuilder application(Organiser o, String kind, List<String> conditions) {
		return application(o, kind, conditions, Map.of());
	}

	/** The application form as sent, with some fields changed. */
	private static MockHttpServletRequestBuilder application(Organiser o, String kind, List<String> conditions,
			Map<String, String> changed) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("groupId", Long.toString(o.groupId()));
		fields.put("eventId", Long.toString(o.eventId()));
		fields.put("kind", kind);
		fields.put("departmentCode", "children-youth");
		fields.put("purpose", "地域の親子が交流する催しです。参加費は無料です。");
		fields.put("expectedParticipants", "120");
		fields.putAll(changed);
		MockHttpServletRequestBuilder request = post("/account/patronage/new");
		fields.forEach(request::param);
		conditions.forEach(c -> request.param("conditionsConfirmed", c));
		return request;
	}

	private long applicationOf(Organiser o, String kind) {
		return jdbc.queryForObject("SELECT id FROM patronage_application WHERE event_id = ? AND kind = ? "
				+ "ORDER BY id DESC FETCH FIRST 1 ROWS ONLY", Long.class, o.eventId(), kind);
	}

	private List<String> audited(long id) {
		return auditLog.search(new AuditQuery(null, null, "patronage", Long.toString(id), null, null), 0, 50)
			.getContent()
			.stream()
			.map(AuditEntryView::action)
			.toList();
	}

	@Test
	void aGroupAppliesCityStaffApproveWithReasonsAndTheEventShowsThePatronage() throws Exception {
		Organiser o = organiser();
		Document form = html(as(o.person(), get("/account/patronage/new")));
		assertThat(form.select("select[name=eventId] option[value=" + o.eventId() + "]")).hasSize(1);
		assertThat(form.select("input[name=conditionsConfirmed]")).hasSize(ALL_CONDITIONS.size());

		MockHttpServletResponse applied = as(o.person(), application(o, "PATRONAGE", ALL_CONDITIONS));
		assertThat(applied.getRedirectedUrl()).isEqualTo("/account/patronage");
		long id = applicationOf(o, "PATRONAGE");
		Document mine = html(as(o.person(), get("/account/patronage")));
		assertThat(mine.select("tr[data-application-id=" + id + "] .status").text()).isEqualTo("審査中");

		Document queue = html(asStaff(get("/backoffice/patronage?status=SUBMITTED")));
		assertThat(queue.select("tr[data-application-id=" + id + "]").text()).contains(o.eventName(), "後援");
		MockHttpServletResponse decided = asStaff(post("/backoffice/patronage/" + id + "/decision")
			.param("approve", "true")
			.param("reasons", "会場の安全管理を徹底すること。"));
		assertThat(decided.getRedirectedUrl()).isEqualTo("/backoffice/patronage/" + id);

		mine = html(as(o.person(), get("/account/patronage")));
		assertThat(mine.select("tr[data-application-id=" + id + "] .status").text()).isEqualTo("承認");
		assertThat(mine.select("tr[data-application-id=" + id + "] .reasons").text()).contains("安全管理");
		assertThat(html(mvc.perform(get("/events/" + o.eventId())).andReturn().getResponse())
			.select("#event-endorsements").text()).contains("相模原市 後援(こども・若者未来局 こども・若者政策課)");
		assertThat(html(mvc.perform(get("/patronage")).andReturn().getResponse())
			.select("#approved tr[data-application-id=" + id + "]").text()).contains(o.eventName());
		assertThat(audited(id)).contains("patronage.applied", "patronage.approved");
		assertThat(jdbc.queryForObject(
				"SELECT subject FROM notice WHERE account_id = ? AND topic = 'PATRONAGE' AND link = '/account/patronage'",
				String.class, o.accountId()))
			.as("the group's administrator is told of the decision")
			.isEqualTo("「" + o.eventName() + "」の後援の申請: 承認");

		Long project = jdbc.queryForObject("SELECT project_id FROM patronage_application WHERE id = ?", Long.class, id);
		assertThat(project).as("an approval is registered as a collaboration project").isNotNull();
		assertThat(jdbc.queryForObject("SELECT form_code || ' ' || department_code FROM project WHERE id = ?",
				String.class, project)).isEqualTo("patronage children-youth");
		assertThat(jdbc.queryForObject("SELECT city_takes_part FROM project WHERE id = ?", Boolean.class, project))
			.isTrue();
		Document projectPage = html(mvc.perform(get("/projects/" + project)).andReturn().getResponse());
		assertThat(projectPage.text()).contains(o.eventName(), "後援", "名義の会");

		Document again = html(as(o.person(), application(o, "PATRONAGE", ALL_CONDITIONS)));
		assertThat(again.select(".error-summary").text())
			.contains("この催しには、同じ種類の申請がすでにあります(審査中または承認済み)。");
		assertThat(as(o.person(), application(o, "CO_HOSTING", ALL_CONDITIONS)).getRedirectedUrl())
			.as("co-hosting is another kind: it may be asked for too")
			.isEqualTo("/account/patronage");
	}

	@Test
	void refusalsAreInJapaneseNamingTheFieldAndNothingIsSaved() throws Exception {
		Organiser o = organiser();
		Organiser other = organiser();
		Document missing = html(as(o.person(), application(o, "PATRONAGE", List.of("public-interest", "open"))));
		assertThat(missing.select("#conditionsConfirmed-error").text())
			.startsWith("条件の確認: 次の条件を満たすことを確認してください:")
			.contains("公序良俗に反しないこと");

		Document blank = html(as(o.person(), application(o, "PATRONAGE", ALL_CONDITIONS, Map.of("purpose", " "))));
		assertThat(blank.select("#purpose-error").text()).isEqualTo("催しの目的と内容を入力してください。");

		Document notOurs = html(as(o.person(), application(o, "PATRONAGE", ALL_CONDITIONS,
				Map.of("eventId", Long.toString(other.eventId())))));
		assertThat(notOurs.select("#eventId-error").text())
			.isEqualTo("催しは、申請する団体が主催する、中止していない催しから選んでください。");

		Document notAdministered = html(as(o.person(), application(o, "PATRONAGE", ALL_CONDITIONS,
				Map.of("groupId", Long.toString(other.groupId())))));
		assertThat(notAdministered.select("#groupId-error").text())
			.isEqualTo("申請する団体は、あなたが管理者を務める団体から選んでください。");

		Document participants = html(as(o.person(), application(o, "PATRONAGE", ALL_CONDITIONS,
				Map.of("expectedParticipants", "0"))));
		assertThat(participants.select("#expectedParticipants-error").text()).isEqualTo("参加予定人数は1以上の数で入力してください。");

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM patronage_application WHERE group_id = ?", Long.class,
				o.groupId())).isZero();
	}

	@Test
	void aRefusalNeedsReasonsAndADecisionIsFinal() throws Exception {
		Organiser o = organiser();
		as(o.person(), application(o, "CO_HOSTING", ALL_CONDITIONS));
		long id = applicationOf(o, "CO_HOSTING");

		Document noReasons = html(asStaff(post("/backoffice/patronage/" + id + "/decision").param("approve", "false")));
		assertThat(noReasons.select("#reasons-error").text()).isEqualTo("決定の理由: 不承認とする場合は理由を入力してください。");
		assertThat(html(asStaff(get("/backoffice/patronage/" + id))).select("#application-status").text())
			.isEqualTo("審査中");

		asStaff(post("/backoffice/patronage/" + id + "/decision").param("approve", "false")
			.param("reasons", "営利を目的とする物販が中心のため。"));
		Document page = html(asStaff(get("/backoffice/patronage/" + id)));
		assertThat(page.select("#application-status").text()).isEqualTo("不承認");
		assertThat(page.select("#application-reasons").text()).isEqualTo("営利を目的とする物販が中心のため。");
		assertThat(page.select("form[action$=/decision]")).as("a decided application offers no decision").isEmpty();

		MockHttpServletResponse twice = asStaff(post("/backoffice/patronage/" + id + "/decision").param("approve", "true"));
		assertThat(twice.getRedirectedUrl()).isEqualTo("/backoffice/patronage/" + id);
		assertThat(mvc.perform(post("/backoffice/patronage/" + id + "/decision").param("approve", "true")
			.with(user(users.loadUserByUsername("staff@example.jp"))).with(csrf())).andReturn().getFlashMap()
			.get("refusal")).isEqualTo("この申請はすでに「不承認」から変更できません(求めた状態: 承認)。");
		as(o.person(), post("/account/patronage/" + id + "/withdraw"));
		assertThat(html(as(o.person(), get("/account/patronage"))).select("tr[data-application-id=" + id + "] .status")
			.text()).as("a decided application cannot be withdrawn").isEqualTo("不承認");
		assertThat(html(mvc.perform(get("/events/" + o.eventId())).andReturn().getResponse())
			.select("#event-endorsements")).as("a refused application shows nothing on the event").isEmpty();
		assertThat(audited(id)).contains("patronage.applied", "patronage.refused");
	}

	@Test
	void onlyTheGroupWithdrawsAndOnlyWhileUndecided() throws Exception {
		Organiser o = organiser();
		Organiser stranger = organiser();
		as(o.person(), application(o, "PATRONAGE", ALL_CONDITIONS));
		long id = applicationOf(o, "PATRONAGE");

		assertThat(as(stranger.person(), post("/account/patronage/" + id + "/withdraw")).getStatus()).isEqualTo(404);
		as(o.person(), post("/account/patronage/" + id + "/withdraw"));
		assertThat(html(as(o.person(), get("/account/patronage"))).select("tr[data-application-id=" + id + "] .status")
			.text()).isEqualTo("取り下げ");
		assertThat(mvc.perform(post("/backoffice/patronage/" + id + "/decision").param("approve", "true")
			.with(user(users.loadUserByUsername("staff@example.jp"))).with(csrf())).andReturn().getFlashMap()
			.get("refusal")).isEqualTo("この申請はすでに「取り下げ」から変更できません(求めた状態: 承認)。");
		assertThat(as(o.person(), application(o, "PATRONAGE", ALL_CONDITIONS)).getRedirectedUrl())
			.as("after withdrawing, the group may apply again")
			.isEqualTo("/account/patronage");
		assertThat(audited(id)).contains("patronage.withdrawn");
	}

	@Test
	void theApplicantIsInTheExportAndRemovedOnErasure() throws Exception {
		Organiser o = organiser();
		as(o.person(), application(o, "PATRONAGE", ALL_CONDITIONS));
		long id = applicationOf(o, "PATRONAGE");
		PersonalDataContributor data = contributors.stream()
			.filter(c -> c.section().equals("patronage"))
			.findFirst()
			.orElseThrow();
		PersonRef person = new PersonRef(o.accountId(), o.person().getUsername());
		assertThat(data.collect(person).toString()).contains(o.eventName(), "地域の親子が交流する催しです。");
		data.erase(person);
		assertThat(jdbc.queryForObject("SELECT applied_by FROM patronage_application WHERE id = ?", Long.class, id))
			.isNull();
		assertThat(data.collect(person).toString()).doesNotContain(o.eventName());
	}
}
