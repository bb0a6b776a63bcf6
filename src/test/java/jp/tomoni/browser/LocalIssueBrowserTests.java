package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * A local issue from posting to chosen partners: a resident posts it (an oversized photo is refused first, nothing
 * typed is lost), a coordinator accepts it and opens a call, a group's administrator proposes a solution, the
 * coordinator closes the call and records the chosen partner; the resident sees each status on their own page.
 * Every page is scanned with axe-core.
 */
class LocalIssueBrowserTests extends BrowserTest {

	@Test
	void anIssueGoesFromPostingThroughTriageAndACallToChosenPartners() throws IOException {
		String title = "街灯が切れている " + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		Tab resident = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage form = LocalIssuePages.form(resident);
		form.navigate();
		SignInPage signIn = new SignInPage(resident);
		signIn.assertCurrent();
		signIn.signIn(CITIZEN, DEMO_PASSWORD);
		form.assertCurrent();
		form.field("title").fill(title);
		form.field("description").fill("駅から続く坂道の街灯が二本切れていて、夜は足もとが見えません。");
		form.field("areaCode").selectOption(new SelectOption().setValue("hashimoto"));
		form.field("place").fill("橋本駅南口の坂道");
		form.field("affected").fill("夜に帰宅する学生と高齢者");
		form.field("photo").setInputFiles(new FilePayload("big.jpg", "image/jpeg", new byte[5 * 1024 * 1024 + 1]));
		resident.page().locator("#post-issue").click();
		form.assertCurrent();
		assertThat(form.fieldError("photo")).containsText("写真(photo)は5MBまでのファイルにしてください。");
		assertThat(form.field("title")).hasValue(title);
		form.field("photo").setInputFiles(new FilePayload("street.jpg", "image/jpeg", photo()));
		resident.page().locator("#post-issue").click();
		resident.page().waitForURL("**/issues/*");
		long id = Long.parseLong(resident.page().url().replaceAll(".*/issues/(\\d+).*", "$1"));
		TomoniPage issue = LocalIssuePages.issue(resident, id);
		issue.assertCurrent();
		assertThat(issue.notice()).containsText("地域課題を投稿しました。");
		assertThat(resident.page().locator("#issue-photo")).isVisible();
		assertStatus(resident, id, "投稿済み(確認待ち)");

		Tab coordinator = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage triage = LocalIssuePages.triage(coordinator, id);
		triage.navigate();
		SignInPage staffSignIn = new SignInPage(coordinator);
		staffSignIn.assertCurrent();
		staffSignIn.signIn(COORDINATOR, DEMO_PASSWORD);
		triage.assertCurrent();
		triage.field("note").fill("道路管理課に連絡しました。地域の見守りも一緒に考えます。");
		coordinator.page().locator("#accept-issue").click();
		triage.assertCurrent();
		assertThat(triage.notice()).isVisible();
		assertStatus(resident, id, "受理");

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		triage.field("callText").fill("夜道の安全を高める取り組みを提案してください。");
		triage.field("deadline").fill(today.toString());
		coordinator.page().locator("#open-call").click();
		triage.assertCurrent();
		assertThat(triage.fieldError("deadline")).containsText("今日(" + today + ")より後の日付にしてください。");
		triage.field("deadline").fill(today.plusDays(14).toString());
		coordinator.page().locator("#open-call").click();
		triage.assertCurrent();
		assertThat(triage.notice()).isVisible();
		assertStatus(resident, id, "解決策募集中");

		Tab groupAdmin = chromium.newTab(baseUrl, "ja-JP");
		SignInPage groupSignIn = new SignInPage(groupAdmin);
		groupAdmin.page().navigate("/login");
		groupSignIn.assertCurrent();
		groupSignIn.signIn("group-admin@example.jp", DEMO_PASSWORD);
		new HomePage(groupAdmin).assertCurrent();
		TomoniPage call = LocalIssuePages.issue(groupAdmin, id);
		call.open();
		call.field("groupId").selectOption(new SelectOption().setIndex(1));
		String group = call.field("groupId").locator("option:checked").textContent();
		call.field("summary").fill("会員が週に一度、夜の見回りと街灯の点検をします。");
		groupAdmin.page().locator("#propose").click();
		call.assertCurrent();
		assertThat(call.notice()).containsText("解決策を提案しました。");

		triage.open();
		assertThat(coordinator.page().locator("#proposals")).containsText("会員が週に一度");
		coordinator.page().locator("#close-call").click();
		triage.assertCurrent();
		assertStatus(resident, id, "選考中");
		coordinator.page().locator("#chosen0").check();
		triage.field("partnerReasons[0]").fill("坂道の近くで長く活動し、夜の見回りの経験があるため。");
		coordinator.page().locator("#choose-partners").click();
		triage.assertCurrent();
		assertThat(triage.notice()).isVisible();

		assertStatus(resident, id, "パートナー決定");
		issue.open();
		assertThat(resident.page().locator("#issue-partners")).containsText(group);
		assertThat(resident.page().locator("#issue-partners")).containsText("夜の見回りの経験があるため");
		assertThat(resident.page().locator("#issue-history tbody tr")).hasCount(5);
	}

	/** The resident's own list shows the issue with this status. */
	private static void assertStatus(Tab resident, long id, String status) {
		TomoniPage mine = LocalIssuePages.mine(resident);
		mine.open();
		assertThat(resident.page().locator("#my-issues tr[data-issue-id='" + id + "'] .status")).hasText(status);
	}

	private static byte[] photo() throws IOException {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}
}
