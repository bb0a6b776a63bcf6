package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.mail.MailOutbox;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 6, done-when 1, as one walk through the browser: city staff open a city-themed call with two reviewers; a
 * group asks for a prior consultation, which staff record; two proposals are submitted, one by two groups together;
 * after the deadline staff start the review and invite residents' opinions, a resident gives one and staff record the
 * public presentation; one reviewer scores, the other declares a conflict and is refused; staff close the review,
 * decide both proposals with reasons and publish the results; the adopted proposal's project gets its agreement PDF,
 * a progress and a final report against the plan, the three evaluations, and a visitor reads the published project
 * page with its reports and evaluation. Every page visited is scanned with axe-core.
 */
class CollaborationWalkBrowserTests extends BrowserTest {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

	/** The group administrator starts a proposal for the group at this index of the call page's list, and submits it. */
	private long propose(Tab tab, long call, int groupIndex, String title, boolean withPartner) {
		ProposalPages.call(tab, call).open();
		tab.page().locator("#proposal-group").selectOption(new SelectOption().setIndex(groupIndex));
		tab.page().locator("#start-proposal").click();
		tab.page().waitForURL("**/account/proposals/*/edit");
		long proposal = Long.parseLong(tab.page().url().replaceAll(".*/proposals/(\\d+)/edit.*", "$1"));
		TomoniPage draft = ProposalPages.draft(tab, proposal);
		draft.assertCurrent();
		ProposalPages.fillProposal(tab, draft, title, withPartner ? 2 : 0);
		ProposalPages.confirmExclusions(tab);
		tab.page().locator("#submit-proposal").click();
		tab.page().waitForURL("**/account/proposals/" + proposal);
		ProposalPages.proposal(tab, proposal).assertCurrent();
		assertThat(tab.page().locator("#proposal-status")).hasText("提出済み");
		return proposal;
	}

	private static void rateEveryPrinciple(Tab tab) {
		int n = tab.page().locator("select[name=principleRatings]").count();
		for (int i = 0; i < n; i++) {
			tab.page().locator("#principle-" + i).selectOption("4");
		}
	}

	@Test
	void aCityThemedCallFromOpeningToThePublishedProject() throws IOException {
		String second = ReviewBrowserTests.newReviewer(accounts, outbox, "審査 夏子", "シンサ ナツコ");
		long firstId = accounts.findByEmail("reviewer@example.jp").orElseThrow().id();
		long secondId = accounts.findByEmail(second).orElseThrow().id();
		String title = "公園の居場所づくり " + ThreadLocalRandom.current().nextInt(10_000, 99_999);

		// 1. City staff open a city-themed call (行政提案型) with two reviewers, and publish it.
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

		// 2. A group asks for a prior consultation (事前相談); staff record it with the department brought in.
		Tab groupAdmin = signedIn("group-admin@example.jp", DEMO_PASSWORD);
		TomoniPage callPage = ProposalPages.call(groupAdmin, call);
		callPage.open();
		callPage.field("topic").fill("公園の使用許可と費用の分担について");
		callPage.field("preferredDates").fill("平日の午後");
		groupAdmin.page().locator("#request-consultation").click();
		assertThat(callPage.notice()).containsText("事前相談を申し込みました。");
		callPage.assertCurrent();
		office.open();
		staff.page().locator("#requestId").selectOption(new SelectOption().setIndex(1));
		office.field("heldOn").fill(today.toString());
		office.field("staffName").fill("協働 太郎");
		office.field("departmentCode").selectOption(new SelectOption().setValue("parks"));
		office.field("summary").fill("公園の使用手続きと費用の分担を説明した。");
		staff.page().locator("#record-consultation").click();
		assertThat(office.notice()).containsText("事前相談を記録しました。");
		office.assertCurrent();

		// 3. Two proposals: one by two groups together, one by a single group.
		long joint = propose(groupAdmin, call, 0, "朝の公園体操と見守り", true);
		assertThat(groupAdmin.page().locator("#proposal-roles tr")).hasCount(3);
		assertThat(groupAdmin.page().locator("#proposal-consultations")).containsText("公園の使用許可と費用の分担について");
		long single = propose(groupAdmin, call, 1, "公園の花壇で多世代交流", false);

		// 4. The deadline passes (the call's deadline is moved: the clock is the real one); staff start the review and
		// invite residents' opinions.
		jdbc.update("update proposal_call set submission_deadline = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(60)), call);
		office.open();
		staff.page().locator("#start-review").click();
		assertThat(office.notice()).containsText("審査を始めました。");
		office.assertCurrent();
		office.field("until").fill(today.plusDays(3).toString());
		staff.page().locator("#open-opinions").click();
		assertThat(office.notice()).containsText("意見募集の期間を保存しました。");
		office.assertCurrent();

		// 5. A resident reads the public proposal and gives an opinion.
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		ProposalPages.call(visitor, call).open();
		visitor.page().locator("#public-proposals tr[data-proposal-id='" + joint + "'] a").click();
		TomoniPage anonymous = ProposalPages.publicProposal(visitor, call, joint);
		anonymous.assertCurrent();
		assertThat(visitor.page().locator("#proposal-status")).hasText("審査中");
		Tab citizen = signedIn("citizen@example.jp", DEMO_PASSWORD);
		TomoniPage opinion = ProposalPages.publicProposal(citizen, call, joint);
		opinion.open();
		citizen.page().locator("#give-opinion").click();
		assertThat(citizen.page().locator("#opinion .error-summary")).containsText("意見の種類を入力してください。");
		opinion.assertCurrent();
		citizen.page().locator("#stance-SUPPORT").check();
		opinion.field("body").fill("朝の公園に人が集まると、見守りにもなって安心です。");
		citizen.page().locator("#give-opinion").click();
		assertThat(opinion.notice()).containsText("意見を受け付けました。");
		opinion.assertCurrent();
		assertThat(citizen.page().locator("#opinion-count")).hasText("1件");

		// 6. Staff record the public presentation (公開プレゼンテーション).
		TomoniPage officeJoint = ProposalPages.officeProposal(staff, joint);
		officeJoint.open();
		staff.page().locator("#kind-PRESENTATION").check();
		officeJoint.field("heldOn").fill(today.toString());
		officeJoint.field("place").fill("市民会館 第1会議室");
		officeJoint.field("participants").fill("審査委員2名、提案団体、公園課");
		officeJoint.field("summary").fill("提案団体が計画を説明し、審査委員が雨の日の対応を質問した。");
		staff.page().locator("#record-meeting").click();
		assertThat(officeJoint.notice()).containsText("記録を保存しました。");
		officeJoint.assertCurrent();

		// 7. Scoring: the first reviewer scores both, reading the residents' digest; the second declares a conflict.
		Tab reviewer = signedIn("reviewer@example.jp", DEMO_PASSWORD);
		for (long proposal : new long[] { joint, single }) {
			TomoniPage review = ProposalPages.review(reviewer, proposal);
			review.open();
			reviewer.page().locator("#conflict-none").check();
			reviewer.page().locator("#declare").click();
			assertThat(review.notice()).containsText("利害関係なしと申告しました。");
			review.assertCurrent();
			Locator selects = reviewer.page().locator("#score-form select");
			for (int i = 0; i < selects.count(); i++) {
				selects.nth(i).selectOption(proposal == joint ? "5" : "2");
			}
			review.field("comment").fill(proposal == joint ? "地域の要望に応える計画です。" : "効果の見込みが弱い。");
			reviewer.page().locator("#save-scores").click();
			assertThat(review.notice()).containsText("採点を保存しました。");
			review.assertCurrent();
		}
		ProposalPages.review(reviewer, joint).open();
		assertThat(reviewer.page().locator("#opinion-total")).hasText("1");
		assertThat(reviewer.page().locator("#opinion-list")).containsText("見守りにもなって安心です。");
		assertThat(reviewer.page().locator("#meetings .meeting")).hasCount(1);
		Tab other = signedIn(second, "sakura-no-hana-2026");
		TomoniPage otherReview = ProposalPages.review(other, joint);
		otherReview.open();
		other.page().locator("#conflict-yes").check();
		otherReview.field("conflictNote").fill("共同提案団体の役員です。");
		other.page().locator("#declare").click();
		assertThat(other.page().locator("#declared-conflict")).containsText("利害関係を申告したため、この提案は採点できません");
		otherReview.assertCurrent();
		assertThat(other.page().locator("#score-form")).hasCount(0);

		// 8. Staff close the review, decide both with reasons, and publish the results.
		office.open();
		staff.page().locator("#close-review").click();
		assertThat(office.notice()).containsText("審査を終了しました。");
		office.assertCurrent();
		officeJoint.open();
		staff.page().locator("#outcome-ADOPTED").check();
		staff.page().locator("#reason").fill("地域の要望に応え、市民の意見でも期待が寄せられた。");
		staff.page().locator("#fieldCodes-01").check();
		officeJoint.field("startDate").fill(today.toString());
		officeJoint.field("endDate").fill(today.plusYears(1).toString());
		staff.page().locator("#decide").click();
		assertThat(officeJoint.notice()).containsText("結果を決定しました。");
		officeJoint.assertCurrent();
		long project = Long.parseLong(staff.page().locator("#decision-project").getAttribute("href")
			.replaceAll(".*/projects/(\\d+).*", "$1"));
		TomoniPage officeSingle = ProposalPages.officeProposal(staff, single);
		officeSingle.open();
		staff.page().locator("#outcome-NOT_ADOPTED").check();
		staff.page().locator("#reason").fill("効果の測り方が具体的でないため。");
		staff.page().locator("#decide").click();
		assertThat(officeSingle.notice()).containsText("結果を決定しました。");
		officeSingle.assertCurrent();
		office.open();
		staff.page().locator("#publish-results").click();
		assertThat(office.notice()).containsText("審査の結果を公表しました。");
		office.assertCurrent();
		ProposalPages.call(visitor, call).open();
		assertThat(visitor.page().locator("#review-results")).containsText("効果の測り方が具体的でないため。");
		ProposalPages.publicProposal(visitor, call, joint).open();
		assertThat(visitor.page().locator("#decision-reason")).hasText("地域の要望に応え、市民の意見でも期待が寄せられた。");
		assertThat(visitor.page().locator("#meetings .meeting")).hasCount(1);

		// 9. The agreement (協定書) as a PDF with Japanese text.
		TomoniPage agreement = EvaluationPages.agreement(staff, project);
		agreement.open();
		Locator duties = staff.page().locator("main textarea[id^=duties-]");
		for (int i = 0; i < duties.count(); i++) {
			if (duties.nth(i).inputValue().isBlank()) {
				duties.nth(i).fill("会場の調整と広報");
			}
		}
		agreement.field("costSplit").fill("講師謝礼のうち15万円を市が、5万円を団体が負担する。");
		agreement.field("personalInformation").fill("参加者の個人情報は事業の目的の範囲でのみ取り扱う。");
		agreement.field("reportsDue").fill("中間報告を半年後に、完了報告を終了後30日以内に提出する。");
		agreement.field("termination").fill("協定に違反したときは、協議の上で解除できる。");
		staff.page().locator("#generate-agreement").click();
		assertThat(agreement.notice()).hasText("協定書の第1版を作成しました。");
		agreement.assertCurrent();
		APIResponse pdf = staff.page().request().get(baseUrl + "/backoffice/projects/" + project + "/agreement/1/pdf");
		org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document))
				.contains("朝の公園体操と見守り")
				.contains("参加者の個人情報は事業の目的の範囲でのみ取り扱う。");
		}

		// 10. Reports against the plan the proposal promised: the group's progress report, the city's final report.
		ReportPages.file(groupAdmin, project, ReportPages.Filing.progress(today.toString(), today.toString())
			.done("体操を始め、初回に18人が参加した。"));
		ReportPages.file(staff, project, ReportPages.Filing.finalReport(today.toString(), today.toString())
			.party("city")
			.outcome("延べ参加者数の目標に向けて、見守りの仕組みができた。"));

		// 11. The three evaluations: each group's self- and mutual evaluation by its administrator, the city's by
		// staff, the committee's by the reviewer; staff publish.
		TomoniPage groupRecord = EvaluationPages.record(groupAdmin, project);
		groupRecord.open();
		for (int party = 0; party < 2; party++) {
			groupAdmin.page().locator("#record-party-" + party).click();
			TomoniPage groupParty = EvaluationPages.party(groupAdmin, project, party);
			groupParty.assertCurrent();
			groupParty.field("achievements").fill("毎週の体操に延べ420人が参加した。");
			groupParty.field("rating").selectOption("ACHIEVED");
			rateEveryPrinciple(groupAdmin);
			groupAdmin.page().locator("#save-party-evaluation").click();
			groupRecord.assertCurrent();
		}
		TomoniPage committee = EvaluationPages.committee(reviewer, project);
		committee.open();
		committee.field("assessment").fill("参加者が増え、見守りの仕組みが根づいた。");
		committee.field("residentsOpinions").fill("意見募集で寄せられた期待の声を評価に反映した。");
		committee.field("conclusion").selectOption("CONTINUE");
		committee.field("reasons").fill("効果が確かめられ、団体の自立も進んでいるため。");
		reviewer.page().locator("#save-committee-evaluation").click();
		EvaluationPages.record(reviewer, project).assertCurrent();
		TomoniPage cityParty = EvaluationPages.party(staff, project, 2);
		cityParty.open();
		cityParty.field("achievements").fill("公園の使用を調整し、広報を行った。");
		cityParty.field("rating").selectOption("ACHIEVED");
		rateEveryPrinciple(staff);
		staff.page().locator("#save-party-evaluation").click();
		TomoniPage staffRecord = EvaluationPages.record(staff, project);
		staffRecord.assertCurrent();
		staff.page().locator("#publish-evaluation").click();
		assertThat(staffRecord.notice()).hasText("評価を公開しました。");
		staffRecord.assertCurrent();

		// 12. The published project page, its agreement summary and evaluation, for everyone.
		TomoniPage publicProject = ProjectPages.project(visitor, project);
		publicProject.open();
		assertThat(visitor.page().locator("main h1")).hasText("朝の公園体操と見守り");
		assertThat(visitor.page().locator("#agreement-parties li")).hasCount(3);
		assertThat(visitor.page().locator("#plan-indicators-table")).containsText("延べ参加者数");
		assertThat(visitor.page().locator("#project-reports tbody tr")).hasCount(2);
		visitor.page().locator("#project-reports tbody tr").first().locator("a").click();
		TomoniPage progressReport = ReportPages.published(visitor, project, 1);
		progressReport.assertCurrent();
		assertThat(visitor.page().locator("main")).containsText("体操を始め、初回に18人が参加した。");
		publicProject.open();
		visitor.page().locator("#evaluation-link").click();
		TomoniPage evaluation = EvaluationPages.published(visitor, project);
		evaluation.assertCurrent();
		assertThat(visitor.page().locator("#committee-conclusion")).hasText("継続");
	}
}
