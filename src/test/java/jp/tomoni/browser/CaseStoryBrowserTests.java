package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.projects.PartnerKind;
import jp.tomoni.projects.ProjectCommand;
import jp.tomoni.projects.ProjectOrigin;
import jp.tomoni.projects.ProjectPartner;
import jp.tomoni.projects.ProjectStatus;
import jp.tomoni.projects.Projects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member of city staff turns a finished project into a case story from its back-office page (decision 0073): the
 * draft opens pre-filled in the story form, they save what they add, and the project page then opens the story
 * instead of starting another. Every page is scanned with axe-core.
 */
class CaseStoryBrowserTests extends BrowserTest {

	@Autowired
	Projects projects;

	@Autowired
	Municipalities municipalities;

	@Test
	void staffStartACaseStoryFromAFinishedProjectAndFindItAgainFromTheProject() {
		String title = "川辺の清掃の協働 " + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		long id = projects.register(new ProjectCommand(title, "川辺の清掃を地域の団体と市が一緒に続けました。", "co-hosting", null,
				true, "parks", Set.of("07"), null, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
				ProjectOrigin.DIRECT, null, ProjectStatus.FINISHED,
				List.of(new ProjectPartner(null, "川を守る会", PartnerKind.OTHER, "清掃と参加者の募集", null))));

		Tab staff = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage project = ProjectPages.staffProject(staff, id);
		project.navigate();
		SignInPage signIn = new SignInPage(staff);
		signIn.assertCurrent();
		signIn.signIn("staff@example.jp", DEMO_PASSWORD);
		project.assertCurrent();
		staff.page().locator("#start-case-story").click();

		StoryFormPage form = new StoryFormPage(staff);
		form.assertCurrent();
		assertThat(form.field("title")).hasValue(title);
		assertThat(form.field("partners")).hasValue("・川を守る会:清掃と参加者の募集\n・" + municipalities.current().name() + " 都市建設局 公園課");
		assertThat(form.field("whatWasDone")).hasValue("川辺の清掃を地域の団体と市が一緒に続けました。");
		form.field("wentWell").fill("毎月の清掃に近所の中学生が加わった。");
		staff.page().locator("#save-draft").click();

		MyStoriesPage mine = new MyStoriesPage(staff);
		mine.assertCurrent();
		assertThat(mine.status(title)).hasText("下書き");
		assertThat(staff.page().locator("#new-story")).hasCount(0);

		project.open();
		assertThat(staff.page().locator("#start-case-story")).hasCount(0);
		assertThat(staff.page().locator("#case-story-status")).containsText("下書き");
		staff.page().locator("#open-case-story").click();
		form.assertCurrent();
		assertThat(form.field("wentWell")).hasValue("毎月の清掃に近所の中学生が加わった。");
	}
}
