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
import jp.tomoni.projects.ProjectOrigin;
import jp.tomoni.projects.ProjectPartner;
import jp.tomoni.projects.ProjectStatus;
import jp.tomoni.projects.Projects;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A coordinator generates a project's agreement; the partner group's administrator, the coordinator for the city and
 * a reviewer for the committee record the evaluation; the coordinator publishes it, and a visitor reads the public
 * project page (with the agreement's summary) and the evaluation. Every page is scanned with axe-core.
 */
class EvaluationBrowserTests extends BrowserTest {

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
		return projects.register(new ProjectCommand(title, "公園の花壇を団体と市が一緒に手入れしました。", "co-hosting", null, true,
				"parks", Set.of("07"), null, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), ProjectOrigin.DIRECT,
				null, ProjectStatus.FINISHED,
				List.of(new ProjectPartner(group.id(), group.name(), PartnerKind.GROUP, "花壇の手入れと参加者の募集", null))));
	}

	private static void rateEveryPrinciple(Tab tab) {
		int n = tab.page().locator("select[name=principleRatings]").count();
		for (int i = 0; i < n; i++) {
			tab.page().locator("#principle-" + i).selectOption("4");
		}
	}

	@Test
	void anAgreementAndAPublishedEvaluationAreShownToEveryone() {
		String title = "花壇の協働と評価 " + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		long id = project(title);

		// the agreement
		Tab staff = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage agreement = EvaluationPages.agreement(staff, id);
		agreement.navigate();
		SignInPage signIn = new SignInPage(staff);
		signIn.assertCurrent();
		signIn.signIn(COORDINATOR, DEMO_PASSWORD);
		agreement.assertCurrent();
		staff.page().locator("#duties-1").fill("会場と苗の用意、広報");
		agreement.field("costSplit").fill("苗の費用は市が、作業の費用は団体が負担する。");
		agreement.field("personalInformation").fill("参加者の個人情報は事業の目的の範囲でのみ取り扱う。");
		agreement.field("reportsDue").fill("完了報告を事業終了後30日以内に提出する。");
		agreement.field("termination").fill("協定に違反したときは、協議の上で解除できる。");
		staff.page().locator("#generate-agreement").click();
		agreement.assertCurrent();
		assertThat(agreement.notice()).hasText("協定書の第1版を作成しました。");
		assertThat(staff.page().locator("#version-1")).containsText("第1版");

		// the group's self- and mutual evaluation, by its administrator
		Tab group = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage groupRecord = EvaluationPages.record(group, id);
		groupRecord.navigate();
		SignInPage groupSignIn = new SignInPage(group);
		groupSignIn.assertCurrent();
		groupSignIn.signIn("group-admin@example.jp", DEMO_PASSWORD);
		groupRecord.assertCurrent();
		assertThat(group.page().locator("#record-party-1")).hasCount(0);
		group.page().locator("#record-party-0").click();
		TomoniPage groupParty = EvaluationPages.party(group, id, 0);
		groupParty.assertCurrent();
		groupParty.field("achievements").fill("花壇を12回手入れし、延べ80人が参加した。");
		groupParty.field("rating").selectOption("ACHIEVED");
		rateEveryPrinciple(group);
		group.page().locator("#save-party-evaluation").click();
		groupRecord.assertCurrent();
		assertThat(groupRecord.notice()).containsText("の評価を記録しました。");

		// the committee, by a reviewer
		Tab reviewer = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage committee = EvaluationPages.committee(reviewer, id);
		committee.navigate();
		SignInPage reviewerSignIn = new SignInPage(reviewer);
		reviewerSignIn.assertCurrent();
		reviewerSignIn.signIn("reviewer@example.jp", DEMO_PASSWORD);
		committee.assertCurrent();
		committee.field("assessment").fill("地域に根づき、参加者が増えている。");
		committee.field("residentsOpinions").fill("利用者アンケートの意見を花の選び方に反映した。");
		committee.field("conclusion").selectOption("CONTINUE");
		committee.field("reasons").fill("参加者が増え、団体の自立が進んでいるため。");
		reviewer.page().locator("#save-committee-evaluation").click();
		EvaluationPages.record(reviewer, id).assertCurrent();

		// the city's evaluation and the publication, by the coordinator
		TomoniPage cityParty = EvaluationPages.party(staff, id, 1);
		cityParty.open();
		cityParty.field("achievements").fill("会場と苗を用意し、広報を行った。");
		cityParty.field("rating").selectOption("EXCEEDED");
		rateEveryPrinciple(staff);
		staff.page().locator("#save-party-evaluation").click();
		TomoniPage staffRecord = EvaluationPages.record(staff, id);
		staffRecord.assertCurrent();
		staff.page().locator("#publish-evaluation").click();
		staffRecord.assertCurrent();
		assertThat(staffRecord.notice()).hasText("評価を公開しました。");

		// what everyone sees
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage publicProject = ProjectPages.project(visitor, id);
		publicProject.open();
		assertThat(visitor.page().locator("#agreement-parties li")).hasCount(2);
		visitor.page().locator("#evaluation-link").click();
		TomoniPage evaluation = EvaluationPages.published(visitor, id);
		evaluation.assertCurrent();
		assertThat(visitor.page().locator("#committee-conclusion")).hasText("継続");
		assertThat(visitor.page().locator("#party-0")).containsText("花壇を12回手入れし、延べ80人が参加した。");
	}
}
