package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/**
 * A coordinator logs a consultation at the desk: a first try is refused with the field named and nothing typed is
 * lost; the record is saved with a referral to a university, its page shows the personal details, the list does
 * not, and the year's counts include it. Every page is scanned with axe-core.
 */
class ConsultationBrowserTests extends BrowserTest {

	@Test
	void aCoordinatorLogsAConsultationAndSeesItCounted() {
		String consulter = "相談 太郎" + ThreadLocalRandom.current().nextInt(1000, 9999);
		Tab staff = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage list = ConsultationPages.list(staff);
		list.navigate();
		SignInPage signIn = new SignInPage(staff);
		signIn.assertCurrent();
		signIn.signIn(COORDINATOR, DEMO_PASSWORD);
		list.assertCurrent();

		staff.page().locator("#new-consultation").click();
		TomoniPage form = ConsultationPages.form(staff);
		form.assertCurrent();
		form.field("deskCode").selectOption("support-centre");
		form.field("channel").selectOption("PHONE");
		form.field("consulterKind").selectOption("NPO");
		form.field("consulterName").fill(consulter);
		form.field("summary").fill("会計ソフトの使い方と、大学生ボランティアの募集について");
		staff.page().locator("label", new com.microsoft.playwright.Page.LocatorOptions().setHasText("資金")).click();
		form.field("referralTypes[0]").selectOption(new SelectOption().setValue("UNIVERSITY"));
		staff.page().locator("#save-consultation").click();

		form.assertCurrent();
		assertThat(form.fieldError("referrals")).containsText("紹介先1は、種類と名称を両方入力してください。");
		assertThat(form.field("consulterName")).hasValue(consulter);
		form.field("referralNames[0]").fill("相模原大学 地域連携センター");
		staff.page().locator("#save-consultation").click();

		TomoniPage record = ConsultationPages.record(staff);
		record.assertCurrent();
		assertThat(record.notice()).hasText("相談を記録しました。");
		assertThat(staff.page().locator("#consulter-name")).hasText(consulter);
		assertThat(staff.page().locator("#referrals")).containsText("大学: 相模原大学 地域連携センター");

		list.open();
		assertThat(staff.page().locator("#consultations")).not().containsText(consulter);
		assertThat(staff.page().locator("#consultations")).containsText("資金");

		staff.page().locator("#consultation-stats").click();
		TomoniPage stats = ConsultationPages.stats(staff);
		stats.assertCurrent();
		int month = LocalDate.now(ZoneId.of("Asia/Tokyo")).getMonthValue();
		assertThat(staff.page().locator("#stats-months tbody tr").nth((month + 8) % 12).locator("td.number"))
			.not().hasText("0");
		assertThat(staff.page().locator("#stats-referrals")).containsText("大学");
	}
}
