package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review of a call through the browser (decision 0068): a proposal is submitted, the deadline passes, staff start
 * the review; one reviewer declares no conflict and scores, the other declares a conflict and is refused; staff close
 * the review, decide with reasons (an adoption with conditions) and publish; a visitor reads the results. Every page
 * is scanned with axe-core.
 */
class ReviewBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	/** A reviewer who can sign in: signed up, address confirmed by the mailed link, REVIEWER granted by the admin. */
	static String newReviewer(AccountManagement accounts, MailOutbox outbox, String name, String kana) {
		String email = "review-browser-" + System.nanoTime() + "@example.jp";
		accounts.signUp(new SignUpCommand(email, "sakura-no-hana-2026", name, kana, "しんさいいん"));
		String body = outbox.list(email, 0, 5).getContent().get(0).body();
		accounts.confirmEmail(body.replaceAll("(?s).*token=([A-Za-z0-9_\\-]+).*", "$1"));
		long id = accounts.findByEmail(email).orElseThrow().id();
		accounts.assignRoles(id, EnumSet.of(Role.CITIZEN, Role.REVIEWER),
				accounts.findByEmail(ADMIN).orElseThrow().id());
		return email;
	}

	@Test
	void twoReviewersOneWithAConflictThenTheDecisionAndThePublicResults() {
		String second = newReviewer(accounts, outbox, "審査 花子", "シンサ ハナコ");
		long firstId = accounts.findByEmail("reviewer@example.jp").orElseThrow().id();
		long secondId = accounts.findByEmail(second).orElseThrow().id();
		String title = "審査のある募集 " + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

		Tab staff = signedIn("staff@example.jp", DEMO_PASSWORD);
		TomoniPage form = ProposalPages.newCall(staff);
		form.open();
		ProposalPages.fillCityThemedCall(form, title, today);
		staff.page().locator("input[name=reviewers][value='" + firstId + "']").check();
		staff.page().locator("input[name=reviewers][value='" + secondId + "']").check();
		staff.page().locator("#save-call").click();
		staff.page().waitForURL("**/backoffice/proposals/calls/*");
		long call = Long.parseLong(staff.page().url().replaceAll(".*/calls/(\\d+).*", "$1"));
		TomoniPage office = ProposalPages.office(staff, call);
		office.assertCurrent();
		staff.page().locator("#publish-call").click();
		assertThat(office.notice()).containsText("募集を公開しました。");
		office.assertCurrent();

		Tab groupAdmin = signedIn("group-admin@example.jp", DEMO_PASSWORD);
		ProposalPages.call(groupAdmin, call).open();
		groupAdmin.page().locator("#start-proposal").click();
		groupAdmin.page().waitForURL("**/account/proposals/*/edit");
		long proposal = Long.parseLong(groupAdmin.page().url().replaceAll(".*/proposals/(\\d+)/edit.*", "$1"));
		TomoniPage draft = ProposalPages.draft(groupAdmin, proposal);
		draft.assertCurrent();
		ProposalPages.fillProposal(groupAdmin, draft, "朝の公園体操と見守り", 1);
		ProposalPages.confirmExclusions(groupAdmin);
		groupAdmin.page().locator("#submit-proposal").click();
		groupAdmin.page().waitForURL("**/account/proposals/" + proposal);
		ProposalPages.proposal(groupAdmin, proposal).assertCurrent();
		assertThat(groupAdmin.page().locator("#proposal-status")).hasText("提出済み");

		// The deadline passes (the clock is the real one here: the call's deadline is moved instead).
		jdbc.update("update proposal_call set submission_deadline = ? where id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), call);
		office.open();
		staff.page().locator("#start-review").click();
		assertThat(office.notice()).containsText("審査を始めました。");
		office.assertCurrent();

		// The first reviewer declares no conflict and scores.
		Tab reviewer = signedIn("reviewer@example.jp", DEMO_PASSWORD);
		TomoniPage calls = ProposalPages.reviewCalls(reviewer);
		calls.open();
		reviewer.page().locator("#review-calls tr[data-call-id='" + call + "'] a").click();
		reviewer.page().waitForURL("**/review/calls/" + call);
		ProposalPages.reviewCall(reviewer, call).assertCurrent();
		reviewer.page().locator("#review-proposals tr[data-proposal-id='" + proposal + "'] a").click();
		reviewer.page().waitForURL("**/review/proposals/" + proposal);
		TomoniPage review = ProposalPages.review(reviewer, proposal);
		review.assertCurrent();
		reviewer.page().locator("#conflict-none").check();
		reviewer.page().locator("#declare").click();
		assertThat(review.notice()).containsText("利害関係なしと申告しました。");
		review.assertCurrent();
		// Every criterion the call took from the master list, scored 4 of 5: the total is 4/5 of the total weight.
		Locator selects = reviewer.page().locator("#score-form select");
		for (int i = 0; i < selects.count(); i++) {
			selects.nth(i).selectOption("4");
		}
		review.field("comment").fill("地域の要望に応える計画です。");
		reviewer.page().locator("#save-scores").click();
		assertThat(review.notice()).containsText("採点を保存しました。");
		review.assertCurrent();
		String total = reviewer.page().locator("#my-total").textContent().strip();
		String[] parts = total.split(" / ");
		org.assertj.core.api.Assertions.assertThat(Double.parseDouble(parts[0]))
			.isCloseTo(Double.parseDouble(parts[1]) * 0.8, org.assertj.core.api.Assertions.within(0.05));

		// The second declares a conflict and is refused when scoring; the first's scores stay hidden.
		Tab other = signedIn(second, "sakura-no-hana-2026");
		TomoniPage otherReview = ProposalPages.review(other, proposal);
		otherReview.open();
		other.page().locator("#conflict-yes").check();
		otherReview.field("conflictNote").fill("共同提案団体の役員です。");
		other.page().locator("#declare").click();
		assertThat(other.page().locator("#declared-conflict")).containsText("利害関係を申告したため、この提案は採点できません");
		otherReview.assertCurrent();
		assertThat(other.page().locator("#score-form")).hasCount(0);
		assertThat(other.page().locator("main")).not().containsText("地域の要望に応える計画です。");

		// Staff see who has scored, close the review and decide with reasons.
		office.open();
		assertThat(staff.page().locator("#review-progress")).containsText("採点済み");
		staff.page().locator("#close-review").click();
		assertThat(office.notice()).containsText("審査を終了しました。");
		office.assertCurrent();
		assertThat(staff.page().locator("#review-results .weighted-total")).hasText(total);
		TomoniPage decision = ProposalPages.officeProposal(staff, proposal);
		decision.open();
		staff.page().locator("#outcome-ADOPTED_WITH_CONDITIONS").check();
		staff.page().locator("#decide").click();
		assertThat(staff.page().locator("#decision-form .error-summary"))
			.containsText("結果の理由(reason)を入力してください。");
		decision.assertCurrent();
		decision.field("reason").fill("地域の要望に応え、実現性も高い。");
		decision.field("conditions").fill("講師謝礼の積算根拠を示すこと。");
		staff.page().locator("#fieldCodes-01").check();
		staff.page().locator("#decide").click();
		assertThat(decision.notice()).containsText("結果を決定しました。");
		decision.assertCurrent();
		assertThat(staff.page().locator("#decision-outcome")).hasText("条件付き採択");
		office.open();
		staff.page().locator("#publish-results").click();
		assertThat(office.notice()).containsText("審査の結果を公表しました。");
		office.assertCurrent();

		// The proposer and the public read the outcome, the reasons and the scores.
		TomoniPage mine = ProposalPages.proposal(groupAdmin, proposal);
		mine.open();
		assertThat(groupAdmin.page().locator("#decision-reason")).hasText("地域の要望に応え、実現性も高い。");
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage publicCall = ProposalPages.call(visitor, call);
		publicCall.open();
		assertThat(visitor.page().locator("#review-results")).containsText("条件付き採択");
		assertThat(visitor.page().locator("#review-results .decision-reason")).hasText("地域の要望に応え、実現性も高い。");
		assertThat(visitor.page().locator("#review-results .weighted-total")).hasText(total);
	}
}
