package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.browser.VolunteeringPages.FormPage;
import jp.tomoni.browser.VolunteeringPages.ManagedPage;
import jp.tomoni.browser.VolunteeringPages.MyVolunteeringPage;
import jp.tomoni.browser.VolunteeringPages.OpportunityPage;
import jp.tomoni.browser.VolunteeringPages.RosterPage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 5, volunteer opportunities, in a browser: a group's administrator posts an opportunity with two shifts that
 * overlap; a resident signs up for one and is refused the other; the shift takes place (the test moves its day into
 * the past, as time would); the organiser records attendance and hours; the resident sees the hours of the 年度 and
 * downloads the participation certificate, whose Japanese text is read back. Every page is scanned with axe-core.
 */
class VolunteeringBrowserTests extends BrowserTest {

	private static final String GROUP_ADMIN = "group-admin@example.jp";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOpportunityGoesFromPostingToSignUpAttendanceHoursAndCertificate() throws IOException {
		String title = "河川敷の清掃ボランティア" + ThreadLocalRandom.current().nextInt(1000, 9999);
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(ThreadLocalRandom.current().nextInt(30, 300));
		Tab organiser = chromium.newTab(baseUrl, "ja-JP");
		Tab resident = chromium.newTab(baseUrl, "ja-JP");

		// The group's administrator posts it with two overlapping shifts; a first try without a field is refused.
		signIn(organiser, GROUP_ADMIN);
		ManagedPage managed = new ManagedPage(organiser);
		managed.open();
		FormPage form = managed.newOpportunity();
		form.group("子育てひろば さくら");
		form.field("title").fill(title);
		form.field("description").fill("相模川の河川敷でごみを拾います。");
		form.field("whatToBring").fill("軍手、飲み物");
		form.shift(0, day.toString(), "09:00", "12:00", "高田橋たもと", "5");
		form.shift(1, day.toString(), "11:00", "13:00", "高田橋たもと", "5");
		form.publish();
		form.assertCurrent();
		assertThat(form.fieldError("fieldCodes")).containsText("活動分野を1つ以上選んでください。");
		assertThat(form.field("title")).hasValue(title);
		form.activityField("07");
		form.publish();
		RosterPage roster = new RosterPage(organiser);
		roster.assertCurrent();
		assertThat(roster.notice()).hasText("ボランティア募集を登録しました。");
		long id = roster.id();

		// A resident signs up for the first shift and is refused the overlapping second one.
		signIn(resident, CITIZEN);
		OpportunityPage opportunity = new OpportunityPage(resident, id);
		opportunity.open();
		assertThat(opportunity.shiftRow(0).locator(".places-left")).hasText("残り5人(定員5人)");
		opportunity.signUpFor(0);
		opportunity.assertCurrent();
		assertThat(opportunity.notice()).hasText("1件のシフトに申し込みました。");
		assertThat(opportunity.shiftRow(0).locator(".places-left")).hasText("残り4人(定員5人)");
		opportunity.signUpFor(1);
		opportunity.assertCurrent();
		assertThat(opportunity.refusal()).containsText("時間が重なるため申し込めません");

		// The day of the shift passes.
		jdbc.update("update volunteer_shift set shift_date = ? where opportunity_id = ?",
				Date.valueOf(LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1)), id);

		// The organiser records that the resident attended for two and a half hours.
		RosterPage rosterAgain = new RosterPage(organiser, id);
		rosterAgain.open();
		assertThat(rosterAgain.entry("山田 太郎")).hasCount(1);
		rosterAgain.recordAttended("山田 太郎", "2.5");
		rosterAgain.assertCurrent();
		assertThat(rosterAgain.notice()).hasText("出欠と活動時間を記録しました。");
		assertThat(rosterAgain.entry("山田 太郎").locator(".recorded")).hasText("参加(2.5時間)");

		// The resident sees the hours of the 年度 and downloads the certificate.
		MyVolunteeringPage mine = new MyVolunteeringPage(resident);
		mine.open();
		assertThat(mine.hours()).containsText("2.5時間");
		byte[] pdf = mine.certificate();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			Assertions.assertThat(text)
				.contains("ボランティア活動参加証明書", "山田 太郎 様", title, "2.5時間");
		}
		organiser.assertEveryPageScanned();
		resident.assertEveryPageScanned();
	}

	private static void signIn(Tab tab, String email) {
		SignInPage signIn = new SignInPage(tab);
		signIn.open();
		signIn.signIn(email, DEMO_PASSWORD);
		new HomePage(tab).assertCurrent();
	}
}
