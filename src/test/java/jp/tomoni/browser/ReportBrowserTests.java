package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.projects.PartnerKind;
import jp.tomoni.projects.ProjectCommand;
import jp.tomoni.projects.ProjectIndicator;
import jp.tomoni.projects.ProjectMilestone;
import jp.tomoni.projects.ProjectOrigin;
import jp.tomoni.projects.ProjectPartner;
import jp.tomoni.projects.ProjectStatus;
import jp.tomoni.projects.Projects;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A group's administrator files a progress report on a project for their group (after a refusal that names what is
 * missing), city staff file the final report for the city and see both in the back office, and a visitor reads them on
 * the public project page and the public report pages. Every page is scanned with axe-core.
 */
class ReportBrowserTests extends BrowserTest {

	private static final String STAFF = "staff@example.jp";

	@Autowired
	Projects projects;

	@Autowired
	GroupDirectory groups;

	@Autowired
	UserDetailsService users;

	private long project(String title) {
		long groupAdmin = ((SignedInPerson) users.loadUserByUsername("group-admin@example.jp")).accountId();
		GroupSummary group = groups.groupsOf(groupAdmin)
			.stream()
			.filter(g -> g.status() == GroupStatus.APPROVED)
			.findFirst()
			.orElseThrow();
		return projects.register(new ProjectCommand(title, "公園の花壇を団体と市が一緒に手入れします。", "co-hosting", null, true,
				"parks", Set.of("07"), null, LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), ProjectOrigin.DIRECT,
				null, ProjectStatus.RUNNING,
				List.of(new ProjectPartner(group.id(), group.name(), PartnerKind.GROUP, "花壇の手入れと参加者の募集", null)),
				List.of(new ProjectMilestone("4月", "花壇の準備"), new ProjectMilestone("5月〜翌3月", "毎月の手入れ")),
				List.of(new ProjectIndicator("延べ参加者数", "200人"))));
	}

	@Test
	void aProgressAndAFinalReportAreFiledAndShownToEveryone() {
		String title = "報告する花壇の協働 " + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		long id = project(title);

		// the group's administrator: a submission with gaps is refused, naming each field; then the report is filed
		Tab group = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage list = ReportPages.list(group, id);
		list.navigate();
		SignInPage signIn = new SignInPage(group);
		signIn.assertCurrent();
		signIn.signIn("group-admin@example.jp", DEMO_PASSWORD);
		list.assertCurrent();
		TomoniPage form = ReportPages.form(group, id, "PROGRESS");
		form.open();
		group.page().locator("#submit-report").click();
		form.assertCurrent();
		assertThat(group.page().locator(".error-summary")).containsText("実施したことを入力してください(提出するときは必須です)。");
		assertThat(form.fieldError("periodFrom")).isVisible();
		ReportPages.file(group, id,
				ReportPages.Filing.progress("2025-04-01", "2025-09-30").done("花壇を6回手入れし、延べ90人が参加した。"));
		assertThat(group.page().locator("#report-status")).containsText("第1号");

		// city staff: the final report, for the city
		Tab staff = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage staffList = ReportPages.list(staff, id);
		staffList.navigate();
		SignInPage staffSignIn = new SignInPage(staff);
		staffSignIn.assertCurrent();
		staffSignIn.signIn(STAFF, DEMO_PASSWORD);
		staffList.assertCurrent();
		ReportPages.file(staff, id, ReportPages.Filing.finalReport("2025-04-01", "2026-03-31")
			.party("city")
			.outcome("花壇が地域の憩いの場になり、団体の会員が5人増えた。"));
		TomoniPage backOffice = ProjectPages.staffProject(staff, id);
		backOffice.open();
		assertThat(staff.page().locator("#project-reports tbody tr")).hasCount(2);

		// what everyone sees
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage publicProject = ProjectPages.project(visitor, id);
		publicProject.open();
		assertThat(visitor.page().locator("#plan-milestones-table tbody tr")).hasCount(2);
		assertThat(visitor.page().locator("#project-reports tbody tr")).hasCount(2);
		visitor.page().locator("#project-reports a[href$='/reports/1']").click();
		TomoniPage progress = ReportPages.published(visitor, id, 1);
		progress.assertCurrent();
		assertThat(visitor.page().locator("#report-done")).hasText("花壇を6回手入れし、延べ90人が参加した。");
		assertThat(visitor.page().locator(".milestone-status").first()).hasText("実施中");
		TomoniPage finalReport = ReportPages.published(visitor, id, 2);
		finalReport.open();
		assertThat(visitor.page().locator("#report-kind")).hasText("完了報告");
		assertThat(visitor.page().locator("#report-outcome")).hasText("花壇が地域の憩いの場になり、団体の会員が5人増えた。");
		assertThat(visitor.page().locator("#report-filed")).containsText("相模原市");
	}
}
