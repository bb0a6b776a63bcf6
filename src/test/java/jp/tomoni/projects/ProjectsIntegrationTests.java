package jp.tomoni.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.audit.AuditEntryView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditQuery;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.MasterEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The register of collaboration projects: staff register and change projects through the form (audited), bad input
 * is refused in Japanese naming the field and the rule with nothing typed lost, the status moves only forward, the
 * public pages show partners, roles and reasons but no cancelled project, the counts by 年度, form and field match the
 * records the test created (in a 年度 of its own, since the test database is shared), and a commission that stays
 * with the same partner for three 年度 is listed for review. (Roles: RoleMatrixIntegrationTests.)
 */
@TomoniIntegrationTest
class ProjectsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Projects projects;

	@Autowired
	CollaborationForms forms;

	@Autowired
	Departments departments;

	@Autowired
	AuditLog auditLog;

	private static String marker() {
		return Long.toString(System.nanoTime(), 36);
	}

	/** A 年度 far from any other test's and from the demonstration data. */
	private static int lonelyYear() {
		return 2300 + ThreadLocalRandom.current().nextInt(0, 5000);
	}

	private MockHttpServletResponse as(String account, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(account))).with(csrf()))
			.andReturn()
			.getResponse();
	}

	private MockHttpServletResponse visitor(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private static Document html(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private long aPublicGroup() {
		return projects.groupChoices().getFirst().id();
	}

	private static ProjectCommand command(String title, String form, boolean city, Set<String> fields, LocalDate start,
			LocalDate end, List<ProjectPartner> partners) {
		return new ProjectCommand(title, "試験のための協働事業です。", form, null, city, city ? "civic-collaboration" : null,
				fields, null, start, end, ProjectOrigin.DIRECT, null, ProjectStatus.RUNNING, partners);
	}

	private static ProjectPartner outside(String name) {
		return new ProjectPartner(null, name, PartnerKind.OTHER, "会場の提供", null);
	}

	private MultiValueMap<String, String> fields(String title) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("title", title);
		fields.add("summary", "駅前の花壇を地域の団体と市が一緒に手入れします。");
		fields.add("formCode", "co-hosting");
		fields.add("zone", "");
		fields.add("cityTakesPart", "true");
		fields.add("departmentCode", "parks");
		fields.addAll("fieldCodes", List.of("03", "07"));
		fields.add("areaCode", "minami");
		fields.add("startDate", "2026-05-01");
		fields.add("endDate", "2027-03-31");
		fields.add("status", "PLANNED");
		fields.add("partnerKinds[0]", "GROUP");
		fields.add("partnerGroupIds[0]", Long.toString(aPublicGroup()));
		fields.add("partnerRoles[0]", "花壇の手入れと参加者の募集");
		fields.add("partnerReasons[0]", "地区で長く緑化に取り組んでいるため");
		fields.add("partnerKinds[1]", "BUSINESS");
		fields.add("partnerNames[1]", "相模グリーン株式会社");
		fields.add("partnerRoles[1]", "苗と道具の提供");
		fields.add("partnerReasons[1]", "公募に応じた3社のうち、地元で苗を育てている唯一の事業者であるため");
		return fields;
	}

	/** The form of a new project, with some of its fields replaced (name, value, name, value …). */
	private MockHttpServletRequestBuilder newProject(String title, String... replaced) {
		return post("/backoffice/projects/new").params(replace(fields(title), replaced));
	}

	private static MultiValueMap<String, String> replace(MultiValueMap<String, String> fields, String... replaced) {
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], List.of(replaced[i + 1]));
		}
		return fields;
	}

	@Test
	void staffRegisterAProjectThatThePublicSeesWithItsPartnersRolesAndReasons() throws Exception {
		String title = "駅前花壇の協働 " + marker();
		MockHttpServletResponse saved = as("staff@example.jp", newProject(title));
		assertThat(saved.getRedirectedUrl()).matches("/backoffice/projects/\\d+");
		long id = Long.parseLong(saved.getRedirectedUrl().replaceAll("\\D", ""));

		ProjectView project = projects.find(id).orElseThrow();
		assertThat(project.zone()).as("the form's default zone").isEqualTo(Zone.JOINT);
		assertThat(project.department().code()).isEqualTo("parks");
		assertThat(project.origin()).isEqualTo(ProjectOrigin.DIRECT);
		assertThat(project.partners()).extracting(ProjectPartner::kind)
			.containsExactly(PartnerKind.GROUP, PartnerKind.BUSINESS);
		assertThat(project.partners().getFirst().name()).as("a group's name comes from the directory")
			.isEqualTo(projects.groupChoices().getFirst().name());

		Document page = html(visitor(get("/projects/" + id)));
		assertThat(page.select("h1").text()).isEqualTo(title);
		assertThat(page.select("#project-form").text()).isEqualTo("共催");
		assertThat(page.select("#project-zone").text()).isEqualTo("市民・行政(協働の領域)");
		assertThat(page.select("#project-department").text()).isEqualTo("都市建設局 公園課");
		assertThat(page.select("#project-period").text()).isEqualTo("2026-05-01 ～ 2027-03-31");
		assertThat(page.select("#project-partners").text()).contains("相模グリーン株式会社", "苗と道具の提供",
				"地元で苗を育てている唯一の事業者であるため", "花壇の手入れと参加者の募集");
		assertThat(page.text()).doesNotContain("staff@example.jp");
		Document english = html(visitor(get("/projects/" + id + "?lang=en")));
		assertThat(english.select("#project-form").text()).isEqualTo("Co-hosting");
		assertThat(english.select("#project-city").text()).isEqualTo("The city takes part");
		assertThat(english.select("#partners-heading").text()).isEqualTo("Partners");
		assertThat(html(visitor(get("/projects?form=co-hosting&city=true"))).select("#project-" + id)).hasSize(1);
		assertThat(html(visitor(get("/projects?area=chuo"))).select("#project-" + id)).isEmpty();
		assertThat(html(visitor(get("/projects?field=07&year=2026"))).select("#project-" + id)).hasSize(1);
		assertThat(html(visitor(get("/projects?field=01"))).select("#project-" + id)).isEmpty();

		Document staffPage = html(as("staff@example.jp", get("/backoffice/projects/" + id)));
		assertThat(staffPage.select("#done").text()).isEmpty();
		assertThat(staffPage.select("#project-status").text()).isEqualTo("予定");

		Document edit = html(as("staff@example.jp", get("/backoffice/projects/" + id + "/edit")));
		assertThat(edit.select("#title").val()).isEqualTo(title);
		assertThat(edit.select("#partnerNames1").val()).isEqualTo("相模グリーン株式会社");
		MockHttpServletResponse changedForReal = as("staff@example.jp",
				post("/backoffice/projects/" + id + "/edit").params(replace(fields(title + " 改"), "status", "RUNNING",
						"zone", "CITIZEN_LED", "version", Long.toString(project.version()))));
		assertThat(changedForReal.getRedirectedUrl()).isEqualTo("/backoffice/projects/" + id);
		assertThat(projects.find(id)).hasValueSatisfying(p -> {
			assertThat(p.title()).isEqualTo(title + " 改");
			assertThat(p.status()).isEqualTo(ProjectStatus.RUNNING);
			assertThat(p.zone()).isEqualTo(Zone.CITIZEN_LED);
		});
		assertThat(auditLog.search(new AuditQuery(null, null, "project", Long.toString(id), null, null), 0, 10)
			.getContent()).extracting(AuditEntryView::action).contains("project.registered", "project.changed");
	}

	@Test
	void badInputIsRefusedInJapaneseNamingTheFieldAndNothingTypedIsLost() throws Exception {
		String title = "不備のある事業 " + marker();
		Document page = html(as("staff@example.jp", newProject(title, "endDate", "2026-04-30",
				"partnerReasons[1]", "", "partnerKinds[2]", "UNIVERSITY", "partnerNames[2]", "相模原の大学")));
		assertThat(page.select("#partners-error").text()).contains(
				"協働の相手2: 事業者を相手に選んだ理由を入力してください(公平性の確保)。", "協働の相手3: 役割を入力してください。");
		assertThat(page.select("#title").val()).isEqualTo(title);
		assertThat(page.select("#partnerNames2").val()).isEqualTo("相模原の大学");
		assertThat(page.select("#fieldCodes-07").hasAttr("checked")).isTrue();

		Document dates = html(as("staff@example.jp", newProject(title, "endDate", "2026-04-30")));
		assertThat(dates.select("#endDate-error").text()).isEqualTo("終了日: 開始日以降の日付にしてください。");
		assertThat(dates.select(".error-summary").text()).contains("終了日: 開始日以降の日付にしてください。");

		Document noDepartment = html(as("staff@example.jp", newProject(title, "departmentCode", "")));
		assertThat(noDepartment.select("#departmentCode-error").text())
			.isEqualTo("担当課: 市が参加する事業では担当課を選んでください。");
		Document departmentWithoutCity = html(as("staff@example.jp", newProject(title, "cityTakesPart", "false")));
		assertThat(departmentWithoutCity.select("#departmentCode-error").text())
			.isEqualTo("担当課: 市が参加しない事業では担当課を選ばないでください。");

		Document empty = html(as("staff@example.jp", post("/backoffice/projects/new").param("cityTakesPart", "false")
			.param("startDate", "2026-13-01").param("status", "PLANNED")));
		assertThat(empty.select("#title-error").text()).isEqualTo("事業名を入力してください。");
		assertThat(empty.select("#startDate-error").text()).isEqualTo("開始日は 2026-04-01 の形の日付で入力してください。");
		assertThat(empty.select("#fieldCodes-error").text()).isEqualTo("活動分野を1つ以上選んでください。");
		assertThat(empty.select("#partners-error").text()).isEqualTo("協働の相手を1者以上入力してください。");
		assertThat(empty.select("#startDate").val()).isEqualTo("2026-13-01");

		assertThat(projects.list(ProjectQuery.all(), true).getContent()).extracting(ProjectView::title)
			.as("nothing refused was saved")
			.noneMatch(t -> t.startsWith(title));
	}

	@Test
	void theStatusMovesOnlyForwardAndACancelledProjectLeavesThePublicRegister() throws Exception {
		String title = "取り消す事業 " + marker();
		long id = projects.register(command(title, "patronage", false, Set.of("06"), LocalDate.of(2026, 6, 1), null,
				List.of(outside("市民文化の会"))));
		assertThatThrownBy(() -> projects.register(new ProjectCommand(title, "x", "patronage", null, false, null,
				Set.of("06"), null, LocalDate.of(2026, 6, 1), null, ProjectOrigin.DIRECT, null, ProjectStatus.CANCELLED,
				List.of(outside("市民文化の会")))))
			.isInstanceOfSatisfying(ProjectRuleViolation.class,
					v -> assertThat(v.code()).isEqualTo("project.status.cancelledAtStart"));
		assertThat(html(visitor(get("/projects?form=patronage"))).select("#project-" + id)).hasSize(1);

		ProjectView view = projects.find(id).orElseThrow();
		projects.change(id, view.version(), withStatus(view, ProjectStatus.CANCELLED));
		assertThat(visitor(get("/projects/" + id)).getStatus()).isEqualTo(404);
		assertThat(html(visitor(get("/projects?form=patronage"))).select("#project-" + id)).isEmpty();
		assertThat(html(as("coordinator@example.jp", get("/backoffice/projects?status=CANCELLED"))).select("#project-" + id))
			.as("staff still see it").hasSize(1);

		ProjectView cancelled = projects.find(id).orElseThrow();
		assertThatThrownBy(() -> projects.change(id, cancelled.version(), withStatus(cancelled, ProjectStatus.RUNNING)))
			.isInstanceOfSatisfying(ProjectRuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("status");
				assertThat(v.code()).isEqualTo("project.status.notAllowed");
			});
		assertThatThrownBy(() -> projects.change(id, cancelled.version() - 1, withStatus(cancelled,
				ProjectStatus.CANCELLED)))
			.isInstanceOfSatisfying(ProjectRuleViolation.class,
					v -> assertThat(v.code()).isEqualTo("project.changedMeanwhile"));
		assertThat(visitor(get("/projects/999999999")).getStatus()).isEqualTo(404);
	}

	private static ProjectCommand withStatus(ProjectView v, ProjectStatus status) {
		return new ProjectCommand(v.title(), v.summary(), v.form().code(), v.zone(), v.cityTakesPart(),
				v.department() == null ? null : v.department().code(), Set.copyOf(v.fieldCodes()), v.areaCode(),
				v.startDate(), v.endDate(), v.origin(), v.proposalId(), status, v.partners());
	}

	/** Done-when 4 of issue 6. */
	@Test
	void theCountsByYearFormAndFieldMatchTheRecordsTheTestCreated() throws Exception {
		int y = lonelyYear();
		String form = "cf" + marker();
		forms.add(form, "試しの形態 " + form, "Trial form");
		List<ProjectPartner> partner = List.of(outside("数える会"));
		projects.register(command("数える事業1", form, true, Set.of("01", "03"), LocalDate.of(y, 4, 1), null, partner));
		projects.register(command("数える事業2", form, false, Set.of("03"), LocalDate.of(y, 10, 1), null, partner));
		projects.register(command("数える事業3", "grant", true, Set.of("07"), LocalDate.of(y + 1, 3, 31), null, partner));
		projects.register(command("数える事業4", form, true, Set.of("01"), LocalDate.of(y + 1, 4, 1), null, partner));
		long cancelled = projects.register(command("数えない事業", form, true, Set.of("01"), LocalDate.of(y, 5, 1), null,
				partner));
		ProjectView toCancel = projects.find(cancelled).orElseThrow();
		projects.change(cancelled, toCancel.version(), withStatus(toCancel, ProjectStatus.CANCELLED));

		ProjectCounts counts = projects.counts(new FiscalYear(y), Locale.JAPANESE);
		assertThat(counts.total().total()).isEqualTo(3);
		assertThat(counts.total().withCity()).isEqualTo(2);
		Map<FiscalYear, ProjectCounts.YearCount> years = counts.years()
			.stream()
			.collect(Collectors.toMap(ProjectCounts.YearCount::year, c -> c));
		assertThat(years.get(new FiscalYear(y)).total()).isEqualTo(3);
		assertThat(years.get(new FiscalYear(y)).withoutCity()).isEqualTo(1);
		assertThat(years.get(new FiscalYear(y + 1)).total()).isEqualTo(1);
		Map<String, ProjectCounts.Count> byForm = counts.forms()
			.stream()
			.collect(Collectors.toMap(ProjectCounts.Count::code, c -> c));
		assertThat(byForm.get(form).total()).isEqualTo(2);
		assertThat(byForm.get(form).withCity()).isEqualTo(1);
		assertThat(byForm.get("grant").total()).isEqualTo(1);
		assertThat(byForm.get("co-hosting").total()).isZero();
		Map<String, ProjectCounts.Count> byField = counts.fields()
			.stream()
			.collect(Collectors.toMap(ProjectCounts.Count::code, c -> c));
		assertThat(byField.get("01").total()).isEqualTo(1);
		assertThat(byField.get("03").total()).as("a project with several fields counts in each").isEqualTo(2);
		assertThat(byField.get("03").withCity()).isEqualTo(1);
		assertThat(byField.get("07").total()).isEqualTo(1);
		assertThat(byField.get("08").total()).isZero();

		Document page = html(as("staff@example.jp", get("/backoffice/projects/counts?year=" + y)));
		assertThat(page.select("#counts-total").text()).contains("3件", "2件");
		assertThat(page.select("#forms-" + form + " td").eachText()).startsWith("2", "1", "1");
		assertThat(page.select("#fields-03 td").eachText()).startsWith("2", "1", "1");
		assertThat(page.select("#year-" + y + " td").eachText()).startsWith("3", "2", "1");
		assertThat(page.select("#fields-rule").text()).contains("それぞれの分野に数えます");
		assertThat(page.select("meter")).isNotEmpty();
		assertThat(page.select("script:not([src]), style, [style]")).as("no inline script or style (CSP)").isEmpty();

		MockHttpServletResponse csv = as("staff@example.jp", get("/backoffice/projects/counts.csv?year=" + y));
		assertThat(csv.getContentType()).startsWith("text/csv");
		String text = csv.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF年度,集計,項目,件数,市が参加,市が参加しない");
		String label = new FiscalYear(y).japaneseLabel();
		assertThat(text).contains(label + ",年度別の件数,,3,2,1", label + ",協働の形態別,試しの形態 " + form + ",2,1,1",
				label + ",活動分野別,まちづくり,2,1,1");
		assertThat(html(visitor(get("/projects"))).select("#year-" + y + " td").eachText()).startsWith("3", "2", "1");

		assertThat(forms.entries()).filteredOn(e -> e.code().equals(form))
			.extracting(MasterEntry::uses)
			.as("the form's uses count its projects, the cancelled one too")
			.containsExactly(4L);
	}

	@Test
	void aCommissionWithTheSamePartnerForThreeYearsIsDueForReview() throws Exception {
		int y = lonelyYear();
		String partner = "委託先の会社 " + marker();
		List<ProjectPartner> same = List.of(new ProjectPartner(null, partner, PartnerKind.BUSINESS, "事業の実施",
				"専門の技術をもつため"));
		long first = projects.register(command("委託1", "commission", true, Set.of("01"), LocalDate.of(y, 4, 1),
				LocalDate.of(y + 1, 3, 31), same));
		long second = projects.register(command("委託2", "commission", true, Set.of("01"), LocalDate.of(y + 1, 4, 1),
				LocalDate.of(y + 2, 3, 31), same));
		assertThat(projects.dueForReview()).as("two years are not yet three").doesNotContain(first, second);
		long third = projects.register(command("委託3", "commission", true, Set.of("01"), LocalDate.of(y + 2, 4, 1),
				LocalDate.of(y + 3, 3, 31), same));
		long other = projects.register(command("委託4", "commission", true, Set.of("01"), LocalDate.of(y + 2, 4, 1),
				LocalDate.of(y + 3, 3, 31), List.of(new ProjectPartner(null, "別の会社 " + partner, PartnerKind.BUSINESS,
						"事業の実施", "入札で選んだため"))));
		long notACommission = projects.register(command("共催", "co-hosting", true, Set.of("01"), LocalDate.of(y + 3, 4, 1),
				null, same));
		assertThat(projects.dueForReview()).contains(first, second, third).doesNotContain(other, notACommission);
		assertThat(projects.find(third)).hasValueSatisfying(p -> assertThat(p.commissionReview()).isTrue());

		Document list = html(as("staff@example.jp", get("/backoffice/projects?review=commission&year=" + (y + 2))));
		assertThat(list.select("#project-" + third)).hasSize(1);
		assertThat(list.select("#project-" + other)).isEmpty();
		assertThat(list.select("#review-lead").text()).contains("3年度以上");
		assertThat(html(as("staff@example.jp", get("/backoffice/projects/" + third))).select("#review-due")).hasSize(1);
	}

	@Test
	void theProposalSchemeRegistersAnAdoptedProposalThroughThePublicApi() {
		long id = projects.register(new ProjectCommand("提案から生まれた事業 " + marker(), "提案制度で採択された事業です。",
				"business-cooperation", null, true, "children-youth", Set.of("13"), "minami", LocalDate.of(2026, 7, 1),
				LocalDate.of(2027, 3, 31), ProjectOrigin.PROPOSAL, 42L, ProjectStatus.PLANNED,
				List.of(new ProjectPartner(aPublicGroup(), "", PartnerKind.GROUP, "企画と運営", null))));
		ProjectView view = projects.find(id).orElseThrow();
		assertThat(view.origin()).isEqualTo(ProjectOrigin.PROPOSAL);
		assertThat(view.proposalId()).isEqualTo(42L);
		assertThat(view.areaName()).isEqualTo("南区");
		assertThat(departments.entries()).filteredOn(e -> e.code().equals("children-youth"))
			.extracting(MasterEntry::uses)
			.allMatch(n -> n >= 1);
		assertThatThrownBy(() -> projects.register(new ProjectCommand("x", "x", "grant", null, false, null, Set.of("01"),
				null, LocalDate.of(2026, 7, 1), null, ProjectOrigin.DIRECT, null, ProjectStatus.PLANNED,
				List.of(new ProjectPartner(999_999_999L, "", PartnerKind.GROUP, "役割", null)))))
			.isInstanceOfSatisfying(ProjectRuleViolation.class, v -> {
				assertThat(v.field()).isEqualTo("partnerGroupIds");
				assertThat(v.code()).isEqualTo("project.partner.group.unknown");
			});
	}
}
