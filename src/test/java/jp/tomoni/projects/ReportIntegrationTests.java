package jp.tomoni.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.audit.AuditEntryView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditQuery;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The partners' reports on a project (decision 0072): a group's administrator files for their own group only (another
 * party's is refused, 403, in the service), staff file for the city and any partner; drafts are saved and changed,
 * never public; submitting checks what is required and locks the report, which becomes public under its number
 * without naming the person; the final report exists once, and is submitted only for a running or finished project;
 * refusals name the field in Japanese and keep what was typed; the plan is kept and edited with the project; the
 * person who wrote a report is exported and forgotten.
 */
@TomoniIntegrationTest
class ReportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GroupDirectory directory;

	@Autowired
	Projects projects;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	List<PersonalDataContributor> contributors;

	private record Admin(String email, long accountId, long groupId, String groupName) {

		String party() {
			return "group:" + groupId;
		}
	}

	/** A fresh resident who registers a group, approved, and so administers it. */
	private Admin admin(String m, String suffix) {
		String email = "report-" + m + suffix + "@example.jp";
		accounts.signUp(new SignUpCommand(email, "sakura-no-hana-2026", "報告 花子", "ホウコク ハナコ", "ほうこく"));
		long account = ((SignedInPerson) users.loadUserByUsername(email)).accountId();
		String name = "報告の会" + m + suffix;
		long group = directory.register(account, new GroupCommand(name, "ホウコクノカイ", "volunteer-group", null,
				Set.of("03"), Set.of("hashimoto"), "花壇の会です。", null, null, null, false, null, null, Visibility.PUBLIC,
				null, Visibility.PUBLIC));
		directory.approve(group);
		return new Admin(email, account, group, name);
	}

	private long project(String title, ProjectStatus status, Admin... groups) {
		List<ProjectPartner> partners = new java.util.ArrayList<>();
		for (Admin a : groups) {
			partners.add(new ProjectPartner(a.groupId(), a.groupName(), PartnerKind.GROUP, "花壇の手入れ", null));
		}
		partners.add(new ProjectPartner(null, "外部の会" + title, PartnerKind.OTHER, "広報", null));
		return projects.register(new ProjectCommand(title, "花壇の手入れ", "co-hosting", null, true, "civic-collaboration",
				Set.of("03"), null, LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), ProjectOrigin.DIRECT, null,
				status, partners,
				List.of(new ProjectMilestone("4月", "花壇の準備"), new ProjectMilestone("5月〜3月", "毎月の手入れ")),
				List.of(new ProjectIndicator("手入れの回数", "12回"))));
	}

	private MvcResult as(String email, MockHttpServletRequestBuilder request) throws Exception {
		UserDetails person = users.loadUserByUsername(email);
		return mvc.perform(request.with(user(person)).with(csrf())).andReturn();
	}

	private MvcResult visitor(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** A complete report's values; {@code overrides} replace or (with a null value) remove some. */
	private static MockHttpServletRequestBuilder report(MockHttpServletRequestBuilder request, String action,
			Map<String, String> overrides) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("periodFrom", "2025-04-01");
		values.put("periodTo", "2025-09-30");
		values.put("milestoneStatuses[0]", "DONE");
		values.put("milestoneNotes[0]", "");
		values.put("milestoneStatuses[1]", "IN_PROGRESS");
		values.put("milestoneNotes[1]", "雨で1回延期");
		values.put("indicatorValues[0]", "6回");
		values.put("indicatorNotes[0]", "");
		values.put("done", "花壇を6回手入れした");
		values.put("issues", "");
		values.put("outcome", "花壇が地域の憩いの場になった");
		values.put("nextSteps", "来年度は学校と一緒に行う");
		values.putAll(overrides);
		values.forEach((k, v) -> {
			if (v != null) {
				request.param(k, v);
			}
		});
		return request.param("action", action);
	}

	private static MockHttpServletRequestBuilder start(long id, String kind, String party, String action,
			Map<String, String> overrides) {
		return report(post("/account/projects/" + id + "/reports/new").param("kind", kind).param("party", party), action,
				overrides);
	}

	private static long reportId(MvcResult result) {
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).as("redirected after saving").matches(".*/reports/\\d+");
		return Long.parseLong(url.replaceAll(".*/reports/(\\d+)", "$1"));
	}

	private static String m() {
		return Long.toString(System.nanoTime(), 36);
	}

	@Test
	void aGroupAdministratorFilesForTheirOwnGroupOnlyAndTheSubmittedReportIsPublic() throws Exception {
		String m = m();
		Admin a = admin(m, "a");
		Admin b = admin(m, "b");
		long id = project("報告する協働" + m, ProjectStatus.RUNNING, a, b);
		String reports = "/account/projects/" + id + "/reports";

		// only the parties' administrators (and staff): another group's administrator is refused in the service
		Document overview = html(as(a.email(), get(reports)));
		assertThat(overview.select("#new-progress-report, #new-final-report")).hasSize(2);
		assertThat(as("group-admin@example.jp", get(reports)).getResponse().getStatus()).isEqualTo(403);
		assertThat(as("group-admin@example.jp", start(id, "PROGRESS", a.party(), "save", Map.of())).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(html(as(a.email(), get("/projects/" + id))).select("#report-file-link")).hasSize(1);
		assertThat(html(as("group-admin@example.jp", get("/projects/" + id))).select("#report-file-link")).isEmpty();
		assertThat(html(visitor(get("/projects/" + id))).select("#report-file-link")).isEmpty();

		// the form offers only their own group; another party is refused, 403
		Document form = html(as(a.email(), get(reports + "/new?kind=PROGRESS")));
		assertThat(form.select("#party option").eachAttr("value")).containsExactly(a.party());
		assertThat(form.select("#milestoneStatuses0, #milestoneStatuses1, #indicatorValues0")).hasSize(3);
		assertThat(as(a.email(), start(id, "PROGRESS", b.party(), "save", Map.of())).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(as(a.email(), start(id, "PROGRESS", "city", "save", Map.of())).getResponse().getStatus())
			.isEqualTo(403);

		// a draft: saved with gaps, never public, not even to the other party
		long draft = reportId(as(a.email(),
				start(id, "PROGRESS", a.party(), "save", Map.of("periodTo", "", "done", "途中まで書いた" + m))));
		assertThat(visitor(get("/projects/" + id + "/reports/1")).getResponse().getStatus()).isEqualTo(404);
		assertThat(html(visitor(get("/projects/" + id))).select("#project-reports").text()).doesNotContain(a.groupName())
			.contains("まだ報告はありません");
		assertThat(as(b.email(), get(reports + "/" + draft)).getResponse().getStatus()).isEqualTo(403);
		assertThat(as(b.email(), report(post(reports + "/" + draft + "/edit"), "save", Map.of())).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(html(as(b.email(), get(reports))).text()).doesNotContain("途中まで書いた" + m);
		Document mine = html(as(a.email(), get(reports + "/" + draft)));
		assertThat(mine.select("#report-done").text()).isEqualTo("途中まで書いた" + m);
		assertThat(mine.select("#edit-report")).hasSize(1);

		// submitting checks everything that is required, names each field, keeps what was typed, saves nothing
		Document incomplete = html(as(a.email(), report(post(reports + "/" + draft + "/edit"), "submit",
				Map.of("periodTo", "", "milestoneStatuses[1]", "", "indicatorValues[0]", "", "done", "",
						"issues", "水やりの当番が足りない" + m))));
		assertThat(incomplete.select(".error-summary li").eachText()).contains(
				"対象期間の終わりを入力してください(提出するときは必須です)。",
				"計画の進み具合: 2行目「毎月の手入れ」の進み具合を選んでください(提出するときは必須です)。",
				"指標の実績: 1行目「手入れの回数」の実績を入力してください(提出するときは必須です)。",
				"実施したことを入力してください(提出するときは必須です)。");
		assertThat(incomplete.select("#issues").text()).isEqualTo("水やりの当番が足りない" + m);
		assertThat(incomplete.select("#milestoneStatuses0 option[selected]").attr("value")).isEqualTo("DONE");
		assertThat(html(as(a.email(), get(reports + "/" + draft))).select("#report-issues").text())
			.doesNotContain("水やりの当番");

		// the period: in order, within the project's, and dates that are dates
		assertThat(html(as(a.email(), report(post(reports + "/" + draft + "/edit"), "save",
				Map.of("periodFrom", "2025-10-01", "periodTo", "2025-09-30")))).select(".error-summary").text())
			.contains("対象期間の終わりは、対象期間の始まり以降の日付にしてください。");
		assertThat(html(as(a.email(), report(post(reports + "/" + draft + "/edit"), "save",
				Map.of("periodFrom", "2025-03-01")))).select(".error-summary").text())
			.contains("対象期間の始まりは、協働事業の期間の始まり(2025-04-01)以降の日付にしてください。");
		assertThat(html(as(a.email(), report(post(reports + "/" + draft + "/edit"), "save",
				Map.of("periodTo", "2027-04-30")))).select(".error-summary").text())
			.contains("対象期間の終わりは、協働事業の期間の終わり(2027-03-31)以前の日付にしてください。");
		assertThat(html(as(a.email(), report(post(reports + "/" + draft + "/edit"), "save",
				Map.of("periodFrom", "4月1日")))).select(".error-summary").text())
			.contains("対象期間の始まりは 2026-04-01 の形の日付で入力してください。");
		assertThat(html(as(a.email(), report(post(reports + "/" + draft + "/edit"), "save",
				Map.of("milestoneStatuses[0]", "FINISHED")))).select(".error-summary").text())
			.contains("計画の進み具合");

		// submitted: public under its number, the party named, never the person
		MvcResult submitted = as(a.email(), report(post(reports + "/" + draft + "/edit"), "submit",
				Map.of("done", "花壇を6回手入れした" + m)));
		assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo(reports + "/" + draft);
		Document project = html(visitor(get("/projects/" + id)));
		assertThat(project.select("#project-reports a").eachAttr("href")).contains("/projects/" + id + "/reports/1");
		assertThat(project.select("#project-reports").text()).contains("中間報告(第1号)", a.groupName());
		Document published = html(visitor(get("/projects/" + id + "/reports/1")));
		assertThat(published.select("#report-done").text()).isEqualTo("花壇を6回手入れした" + m);
		assertThat(published.select("#report-filed").text()).contains(a.groupName());
		assertThat(published.select(".milestone-status").eachText()).containsExactly("完了", "実施中");
		assertThat(published.select(".indicator-achieved").eachText()).containsExactly("6回");
		assertThat(published.text()).doesNotContain("報告 花子", a.email());
		assertThat(html(as(b.email(), get(reports + "/" + draft))).select("#report-done").text())
			.isEqualTo("花壇を6回手入れした" + m);

		// locked: a correction is a new report
		Document locked = html(as(a.email(), report(post(reports + "/" + draft + "/edit"), "save",
				Map.of("done", "書き換え" + m))));
		assertThat(locked.select(".error-summary").text())
			.contains("この報告は提出済みのため、変更できません。訂正は新しい報告として提出してください。");
		assertThat(html(visitor(get("/projects/" + id + "/reports/1"))).text()).doesNotContain("書き換え" + m);
		assertThat(as(a.email(), get(reports + "/" + draft + "/edit")).getResponse().getRedirectedUrl())
			.isEqualTo(reports + "/" + draft);

		// a second progress report, submitted at once, is number 2
		reportId(as(a.email(), start(id, "PROGRESS", a.party(), "submit",
				Map.of("periodFrom", "2025-10-01", "periodTo", "2026-03-31", "done", "訂正を含む第2の報告" + m))));
		assertThat(html(visitor(get("/projects/" + id + "/reports/2"))).select("#report-done").text())
			.isEqualTo("訂正を含む第2の報告" + m);

		assertThat(auditLog.search(new AuditQuery(null, null, "project", id + "/reports/" + draft, null, null), 0, 10)
			.getContent()).extracting(AuditEntryView::action)
			.contains("project.report.drafted:PROGRESS", "project.report.submitted:PROGRESS:1");
	}

	@Test
	void staffFileForTheCityAndAnyPartnerAndTheFinalReportComesOnceForARunningProject() throws Exception {
		String m = m();
		Admin a = admin(m, "a");
		long id = project("完了する協働" + m, ProjectStatus.PLANNED, a);
		String reports = "/account/projects/" + id + "/reports";

		Document form = html(as("staff@example.jp", get(reports + "/new?kind=FINAL")));
		assertThat(form.select("#party option").eachAttr("value")).contains(a.party(), "OTHER:外部の会完了する協働" + m,
				"city");
		assertThat(form.select("#outcome, #nextSteps")).hasSize(2);

		// the final report is submitted only for a project running or finished; nothing is saved
		Document planned = html(as("staff@example.jp", start(id, "FINAL", "city", "submit", Map.of())));
		assertThat(planned.select(".error-summary").text())
			.contains("報告の種類: 完了報告は、実施中か終了した協働事業についてだけ提出できます(この協働事業は「予定」です)。");
		assertThat(jdbc.queryForObject("select count(*) from project_report where project_id = ?", Long.class, id))
			.isZero();

		// a draft may wait; a second final report is refused, even while the first is a draft
		Document noOutcome = html(as("staff@example.jp", start(id, "FINAL", "city", "submit",
				java.util.Collections.singletonMap("outcome", ""))));
		assertThat(noOutcome.select(".error-summary li").eachText()).contains("成果を入力してください(提出するときは必須です)。");
		long finalReport = reportId(as("staff@example.jp", start(id, "FINAL", "city", "save", Map.of())));
		Document second = html(as("staff@example.jp", start(id, "FINAL", "OTHER:外部の会完了する協働" + m, "save", Map.of())));
		assertThat(second.select(".error-summary").text())
			.contains("報告の種類: この協働事業の完了報告はすでにあります。完了報告は1つの協働事業に1件だけです。");
		assertThat(html(as(a.email(), get(reports))).select("#new-final-report")).isEmpty();
		assertThat(html(as(a.email(), get(reports))).select("#final-taken")).hasSize(1);

		// staff file a progress report for an outside partner
		reportId(as("staff@example.jp",
				start(id, "PROGRESS", "OTHER:外部の会完了する協働" + m, "submit", Map.of("done", "広報を3回行った" + m))));
		assertThat(html(visitor(get("/projects/" + id + "/reports/1"))).select("#report-filed").text())
			.contains("外部の会完了する協働" + m);

		// running now: the final report is submitted
		ProjectView view = projects.find(id).orElseThrow();
		projects.change(id, view.version(), new ProjectCommand(view.title(), view.summary(), view.form().code(),
				view.zone(), view.cityTakesPart(), view.department().code(), Set.copyOf(view.fieldCodes()),
				view.areaCode(), view.startDate(), view.endDate(), view.origin(), view.proposalId(),
				ProjectStatus.RUNNING, view.partners(), view.milestones(), view.indicators()));
		as("staff@example.jp", report(post(reports + "/" + finalReport + "/edit"), "submit",
				Map.of("outcome", "花壇が地域の憩いの場になった" + m)));
		Document published = html(visitor(get("/projects/" + id + "/reports/2")));
		assertThat(published.select("#report-kind").text()).isEqualTo("完了報告");
		assertThat(published.select("#report-outcome").text()).isEqualTo("花壇が地域の憩いの場になった" + m);
		assertThat(published.select("#report-filed").text()).contains("相模原市");
		assertThat(html(as("coordinator@example.jp", get("/backoffice/projects/" + id))).select("#project-reports a")
			.eachAttr("href")).contains(reports + "/" + finalReport);
		assertThat(auditLog.search(new AuditQuery(null, null, "project", id + "/reports/" + finalReport, null, null), 0,
				10).getContent()).extracting(AuditEntryView::action).contains("project.report.submitted:FINAL:2");
	}

	@Test
	void anAbandonedFinalDraftIsDiscardedByItsPartySoAnotherPartyMayFileTheFinalReport() throws Exception {
		String m = m();
		Admin a = admin(m, "a");
		Admin b = admin(m, "b");
		long id = project("取り消す協働" + m, ProjectStatus.RUNNING, a);
		String reports = "/account/projects/" + id + "/reports";
		long draft = reportId(as(a.email(), start(id, "FINAL", a.party(), "save", Map.of())));
		assertThat(html(as("staff@example.jp", get(reports))).select("#final-taken")).hasSize(1);

		// Nobody else's administrator discards it (the party's administrator or staff only).
		assertThat(as(b.email(), post(reports + "/" + draft + "/discard")).getResponse().getStatus()).isEqualTo(403);
		assertThat(as(a.email(), post(reports + "/" + draft + "/discard")).getResponse().getRedirectedUrl())
			.isEqualTo(reports);
		assertThat(jdbc.queryForObject("select count(*) from project_report where id = ?", Long.class, draft)).isZero();
		assertThat(html(as("staff@example.jp", get(reports))).select("#new-final-report")).hasSize(1);
		assertThat(auditLog.search(new AuditQuery(null, null, "project", id + "/reports/" + draft, null, null), 0, 10)
			.getContent()).extracting(AuditEntryView::action).contains("project.report.discarded:FINAL");

		// A submitted report is a public record: it stays.
		long submitted = reportId(as("staff@example.jp", start(id, "PROGRESS", "city", "submit", Map.of())));
		as("staff@example.jp", post(reports + "/" + submitted + "/discard"));
		assertThat(jdbc.queryForObject("select status from project_report where id = ?", String.class, submitted))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void draftsAreListedInTheBackOfficeButNeverPublic() throws Exception {
		String m = m();
		Admin a = admin(m, "a");
		long id = project("下書きの協働" + m, ProjectStatus.RUNNING, a);
		long draft = reportId(as(a.email(), start(id, "PROGRESS", a.party(), "save", Map.of("done", "下書き" + m))));
		Document staff = html(as("staff@example.jp", get("/backoffice/projects/" + id)));
		assertThat(staff.select("#report-" + draft).text()).contains("下書き", a.groupName());
		assertThat(html(visitor(get("/projects/" + id))).text()).doesNotContain("下書き" + m);
		assertThat(html(as("staff@example.jp", get("/account/projects/" + id + "/reports/" + draft)))
			.select("#report-done").text()).isEqualTo("下書き" + m);
		assertThat(visitor(get("/projects/" + id + "/reports/0")).getResponse().getStatus()).isEqualTo(404);
		assertThat(visitor(get("/projects/" + id + "/reports/" + draft)).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void thePlanIsKeptWithTheProjectAndStaffEditItOnTheForm() throws Exception {
		String m = m();
		long id = project("計画のある協働" + m, ProjectStatus.RUNNING);
		assertThat(projects.find(id).orElseThrow().milestones()).extracting(ProjectMilestone::activity)
			.containsExactly("花壇の準備", "毎月の手入れ");
		Document form = html(as("staff@example.jp", get("/backoffice/projects/" + id + "/edit")));
		assertThat(form.select("#milestonePeriods1").val()).isEqualTo("5月〜3月");
		assertThat(form.select("#indicatorTargets0").val()).isEqualTo("12回");
		assertThat(form.select("[name^=milestonePeriods]")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(html(visitor(get("/projects/" + id))).select("#plan-indicators-table").text()).contains("手入れの回数",
				"12回");

		ProjectView v = projects.find(id).orElseThrow();
		java.util.function.BiFunction<String, String, MockHttpServletRequestBuilder> edit = (activity,
				target) -> post("/backoffice/projects/" + id + "/edit")
			.param("version", Long.toString(v.version()))
			.param("title", v.title())
			.param("summary", v.summary())
			.param("formCode", v.form().code())
			.param("cityTakesPart", "true")
			.param("departmentCode", v.department().code())
			.param("fieldCodes", "03")
			.param("startDate", "2025-04-01")
			.param("endDate", "2027-03-31")
			.param("status", "RUNNING")
			.param("partnerKinds[0]", "OTHER")
			.param("partnerNames[0]", "外部の会計画のある協働" + m)
			.param("partnerRoles[0]", "広報")
			.param("milestonePeriods[0]", "4月")
			.param("milestoneActivities[0]", "花壇の準備")
			.param("milestonePeriods[1]", "6月")
			.param("milestoneActivities[1]", activity)
			.param("indicatorWhats[0]", "参加者数")
			.param("indicatorTargets[0]", target);
		Document refused = html(as("staff@example.jp", edit.apply("", "")));
		assertThat(refused.select(".error-summary li").eachText()).contains("計画の2行目: 時期と活動の両方を入力してください。",
				"指標の1行目: 指標と目標の両方を入力してください。");
		assertThat(refused.select("#milestonePeriods1").val()).isEqualTo("6月");

		MvcResult saved = as("staff@example.jp", edit.apply("苗の植え付け", "延べ50人"));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/backoffice/projects/" + id);
		ProjectView changed = projects.find(id).orElseThrow();
		assertThat(changed.milestones()).containsExactly(new ProjectMilestone("4月", "花壇の準備"),
				new ProjectMilestone("6月", "苗の植え付け"));
		assertThat(changed.indicators()).containsExactly(new ProjectIndicator("参加者数", "延べ50人"));
	}

	@Test
	void theWriterIsInTheExportAndForgottenOnErasure() throws Exception {
		String m = m();
		Admin a = admin(m, "a");
		long id = project("個人情報の協働" + m, ProjectStatus.RUNNING, a);
		long report = reportId(as(a.email(), start(id, "PROGRESS", a.party(), "submit", Map.of())));
		PersonalDataContributor data = contributors.stream()
			.filter(c -> c.section().equals("projects"))
			.findFirst()
			.orElseThrow();
		PersonRef person = new PersonRef(a.accountId(), a.email());
		assertThat(data.collect(person).toString()).contains("id=" + report, a.groupName(), "SUBMITTED");
		data.erase(person);
		assertThat(jdbc.queryForObject("select recorded_by from project_report where id = ?", Long.class, report))
			.isNull();
		assertThat(data.collect(person).toString()).doesNotContain(a.groupName());
		assertThat(visitor(get("/projects/" + id + "/reports/1")).getResponse().getStatus()).isEqualTo(200);
	}
}
