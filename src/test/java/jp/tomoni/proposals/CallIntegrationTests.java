package jp.tomoni.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.shared.FiscalYear;
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
 * Calls for proposals through their pages: city staff open a city-themed call with its schedule, criteria, checklist
 * and reviewers, publish it, and it closes by the clock once its deadline has passed; what the public sees when;
 * refusals in Japanese naming the field and the rule; every change audited.
 */
@TomoniIntegrationTest
class CallIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	jp.tomoni.projects.Departments departments;

	private UserDetails as(String email) {
		return users.loadUserByUsername(email);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String email) throws Exception {
		MockHttpServletRequestBuilder signed = request.with(csrf());
		if (email != null) {
			signed = signed.with(user(as(email)));
		}
		return mvc.perform(signed).andReturn().getResponse();
	}

	private Document page(String path, String email) throws Exception {
		MockHttpServletResponse response = perform(get(path), email);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** A complete city-themed call whose deadline is ten days from today (the clock's). */
	static MockHttpServletRequestBuilder callForm(MockHttpServletRequestBuilder request, String title, long reviewer,
			LocalDate today, Map<String, String> overrides) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("kind", "CITY_THEMED");
		values.put("title", title);
		values.put("departmentCode", "parks");
		values.put("theme", "公園を地域の居場所に");
		values.put("problem", "平日の公園に人が少なく、高齢者の居場所が足りない。");
		values.put("budgetCeiling", "1,000,000");
		values.put("consultationFrom", today.toString());
		values.put("consultationTo", today.plusDays(5).toString());
		values.put("submissionDeadline", today.plusDays(10) + "T17:00");
		values.put("reviewFrom", today.plusDays(11).toString());
		values.put("reviewTo", today.plusDays(20).toString());
		values.put("decisionDate", today.plusDays(25).toString());
		values.put("eligibility", "市内で1年以上活動している団体");
		values.put("criterionName[0]", "公益性");
		values.put("criterionWeight[0]", "30");
		values.put("criterionName[1]", "実現性");
		values.put("criterionDescription[1]", "計画と体制が具体的か");
		values.put("criterionWeight[1]", "20");
		values.putAll(overrides);
		values.forEach((k, v) -> request.param(k, v));
		return request.param("suitability", "fine-grained", "need-exists")
			.param("reviewers", Long.toString(reviewer));
	}

	static long id(UserDetails user) {
		return ((SignedInPerson) user).accountId();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FiscalYear.JAPAN));
	}

	private long open(String title) throws Exception {
		MockHttpServletResponse created = perform(callForm(post("/backoffice/proposals/calls/new"), title,
				id(as("reviewer@example.jp")), today(), Map.of()), "staff@example.jp");
		assertThat(created.getRedirectedUrl()).startsWith("/backoffice/proposals/calls/");
		return Long.parseLong(created.getRedirectedUrl().replaceAll(".*/calls/(\\d+).*", "$1"));
	}

	@Test
	void staffOpenPublishAndTheCallClosesByTheClock() throws Exception {
		String title = "公園の居場所づくり " + System.nanoTime();
		long id = open(title);

		// A draft: staff only.
		assertThat(perform(get("/proposals/calls/" + id), null).getStatus()).isEqualTo(404);
		assertThat(page("/proposals", null).text()).doesNotContain(title);
		Document office = page("/backoffice/proposals/calls/" + id, "coordinator@example.jp");
		assertThat(office.select("#call-status").text()).isEqualTo("下書き");
		assertThat(office.select("#publish-call")).as("coordinators do not run calls").isEmpty();

		perform(post("/backoffice/proposals/calls/" + id + "/publish"), "staff@example.jp");
		Document call = page("/proposals/calls/" + id, null);
		assertThat(call.select("#call-status").text()).isEqualTo("募集中");
		assertThat(call.select("#call-department").text()).isEqualTo("都市建設局 公園課");
		assertThat(call.select("#call-budget").text()).isEqualTo("1,000,000円");
		assertThat(call.select("#call-criteria tbody tr")).hasSize(2);
		assertThat(call.select("#call-criteria caption").text()).contains("合計50点");
		assertThat(call.select("#call-nature").text()).isEqualTo("きめ細やかで柔軟な対応が求められる事業");
		assertThat(call.select("#call-effect").text()).isEqualTo("市民等のニーズ（解決すべき地域課題）はあるか。");
		assertThat(call.select("#call-reviewers")).as("reviewers are not public before the deadline").isEmpty();
		assertThat(call.select("#call-reviewers-hidden")).hasSize(1);
		assertThat(page("/proposals", null).select("#calls tr[data-call-id=" + id + "] .status").text())
			.isEqualTo("募集中");

		// Published calls do not change, and cannot be cancelled.
		var refused = mvc.perform(post("/backoffice/proposals/calls/" + id + "/cancel").with(csrf())
			.with(user(as("staff@example.jp")))).andReturn();
		assertThat(Jsoup.parse(mvc.perform(get("/backoffice/proposals/calls/" + id).with(user(as("staff@example.jp")))
			.flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select("#refusal").text())
			.isEqualTo("この募集はいま「募集中」のため、この操作はできません。");

		// The deadline passes: closed without anyone acting; the reviewers are named.
		jdbc.update("update proposal_call set submission_deadline = ? where id = ?",
				java.sql.Timestamp.from(clock.instant().minusSeconds(60)), id);
		call = page("/proposals/calls/" + id, null);
		assertThat(call.select("#call-status").text()).isEqualTo("締切");
		assertThat(call.select("#call-reviewers").text()).isNotBlank();
		assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'proposal-call' and record_id = ?",
				String.class, Long.toString(id)))
			.contains("proposal-call.opened", "proposal-call.published");
	}

	@Test
	void refusalsNameTheFieldAndTheRuleAndKeepWhatWasTyped() throws Exception {
		long reviewer = id(as("reviewer@example.jp"));
		LocalDate today = today();
		Document outOfOrder = Jsoup.parse(perform(callForm(post("/backoffice/proposals/calls/new"), "順序の誤り", reviewer,
				today, Map.of("reviewTo", today.plusDays(1).toString())), "staff@example.jp")
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(outOfOrder.select("#reviewTo-error").text())
			.isEqualTo("審査の期間の終了日(reviewTo)は、開始日(" + today.plusDays(11) + ")以降の日付にしてください。");
		assertThat(outOfOrder.select("#title").val()).isEqualTo("順序の誤り");

		Document badDate = Jsoup.parse(perform(callForm(post("/backoffice/proposals/calls/new"), "日付の誤り", reviewer,
				today, Map.of("consultationFrom", "2026/13/40")), "staff@example.jp")
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(badDate.select("#consultationFrom-error").text())
			.isEqualTo("事前相談の期間(開始日)は 2026-04-01 の形の日付で入力してください。");
		assertThat(badDate.select("#consultationFrom").val()).isEqualTo("2026/13/40");

		Document noDepartment = Jsoup.parse(perform(callForm(post("/backoffice/proposals/calls/new"), "担当課なし",
				reviewer, today, Map.of("departmentCode", "")), "staff@example.jp")
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(noDepartment.select("#departmentCode-error").text())
			.isEqualTo("行政提案型の募集では、担当課(departmentCode)を選んでください。");

		Document zeroWeight = Jsoup.parse(perform(callForm(post("/backoffice/proposals/calls/new"), "配点なし", reviewer,
				today, Map.of("criterionWeight[1]", "0")), "staff@example.jp")
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(zeroWeight.select(".error-summary").text())
			.contains("審査基準の2行目の配点(criterionWeight)は、1から100までの整数にしてください。");

		Document notReviewer = Jsoup.parse(perform(callForm(post("/backoffice/proposals/calls/new"), "審査委員でない",
				id(as("citizen@example.jp")), today, Map.of()), "staff@example.jp")
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(notReviewer.select(".error-summary").text())
			.contains("審査委員(reviewers)には、審査委員の役割を持つアカウントだけを選べます。");
	}

	@Test
	void aDraftIsCancelledAndAnOpenCallNeedsNoDepartment() throws Exception {
		long id = open("取りやめる募集 " + System.nanoTime());
		perform(post("/backoffice/proposals/calls/" + id + "/cancel"), "admin@example.jp");
		assertThat(page("/backoffice/proposals/calls/" + id, "staff@example.jp").select("#call-status").text())
			.isEqualTo("取りやめ");
		assertThat(perform(post("/backoffice/proposals/calls/" + id + "/publish"), "staff@example.jp").getStatus())
			.isEqualTo(302);
		assertThat(perform(get("/proposals/calls/" + id), null).getStatus()).isEqualTo(404);

		MockHttpServletResponse open = perform(callForm(post("/backoffice/proposals/calls/new"), "市民提案 " + System.nanoTime(),
				id(as("reviewer@example.jp")), today(),
				Map.of("kind", "OPEN", "departmentCode", "", "theme", "", "problem", "", "budgetCeiling", "")),
				"staff@example.jp");
		assertThat(open.getRedirectedUrl()).startsWith("/backoffice/proposals/calls/");
	}

	/** The list of departments counts the calls a department set, not only its projects. */
	@Test
	void theDepartmentsListCountsTheCallsADepartmentSet() throws Exception {
		String code = "dept-" + System.nanoTime() % 1_000_000;
		departments.add(code, "試験局 募集課", "Call Division");
		assertThat(uses(code)).isZero();
		open("部局の募集 " + System.nanoTime());
		jdbc.update("update proposal_call set department_code = ? where id = (select max(id) from proposal_call)", code);
		assertThat(uses(code)).isEqualTo(1);
	}

	private long uses(String code) {
		return departments.entries().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow().uses();
	}
}
