package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * A coordinator registers a collaboration project with a group of the directory and a business: the first try, with
 * no reason given for choosing the business, is refused naming the partner line and nothing typed is lost; the
 * project's page follows, then its public page, the public register (as a visitor) and the counts, which include it.
 * Every page is scanned with axe-core.
 */
class ProjectBrowserTests extends BrowserTest {

	@Test
	void aCoordinatorRegistersAProjectThatThePublicRegisterShowsAndTheCountsInclude() {
		String title = "公園の花壇づくり " + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		Tab staff = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage form = ProjectPages.form(staff);
		form.navigate();
		SignInPage signIn = new SignInPage(staff);
		signIn.assertCurrent();
		signIn.signIn(COORDINATOR, DEMO_PASSWORD);
		form.assertCurrent();

		form.field("title").fill(title);
		form.field("summary").fill("公園の花壇を地域の団体と事業者、市が一緒につくり、手入れを続けます。");
		form.field("formCode").selectOption("co-hosting");
		staff.page().locator("#cityTakesPart-true").check();
		form.field("departmentCode").selectOption("parks");
		staff.page().locator("#fieldCodes-07").check();
		form.field("areaCode").selectOption("minami");
		form.field("startDate").fill(today.toString());
		form.field("endDate").fill(today.plusMonths(6).toString());
		form.field("partnerKinds[0]").selectOption("GROUP");
		form.field("partnerGroupIds[0]").selectOption(new SelectOption().setIndex(1));
		form.field("partnerRoles[0]").fill("花壇の手入れと参加者の募集");
		form.field("partnerKinds[1]").selectOption("BUSINESS");
		form.field("partnerNames[1]").fill("相模グリーン株式会社");
		form.field("partnerRoles[1]").fill("苗と道具の提供");
		staff.page().locator("#save-project").click();

		form.assertCurrent();
		assertThat(staff.page().locator("#partners-error"))
			.containsText("協働の相手2: 事業者を相手に選んだ理由を入力してください(公平性の確保)。");
		assertThat(form.field("title")).hasValue(title);
		assertThat(form.field("partnerNames[1]")).hasValue("相模グリーン株式会社");
		form.field("partnerReasons[1]").fill("地元で苗を育てている唯一の事業者であるため");
		staff.page().locator("#save-project").click();

		staff.page().waitForURL("**/backoffice/projects/*");
		long id = Long.parseLong(staff.page().url().replaceAll(".*/backoffice/projects/(\\d+).*", "$1"));
		TomoniPage project = ProjectPages.staffProject(staff, id);
		project.assertCurrent();
		assertThat(project.notice()).hasText("協働事業を登録しました。");
		assertThat(staff.page().locator("#project-zone")).hasText("市民・行政(協働の領域)");

		staff.page().locator("#public-page").click();
		TomoniPage publicPage = ProjectPages.project(staff, id);
		publicPage.assertCurrent();
		assertThat(staff.page().locator("#project-partners")).containsText("地元で苗を育てている唯一の事業者であるため");

		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage register = ProjectPages.register(visitor);
		register.open();
		assertThat(visitor.page().locator("#projects")).containsText(title);
		assertThat(visitor.page().locator("#counts-years")).isVisible();

		TomoniPage counts = ProjectPages.counts(staff);
		counts.open();
		assertThat(staff.page().locator("#counts-forms")).containsText("共催");
		assertThat(staff.page().locator("#fields-rule")).isVisible();
	}
}
