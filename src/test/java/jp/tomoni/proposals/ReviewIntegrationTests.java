package jp.tomoni.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupProfile;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The review through its pages (decision 0068): reviewers named on a call see it only once it has closed, declare
 * conflicts of interest (a reviewer with a conflict is refused when scoring, the declaration kept), score on every
 * criterion without seeing each other's scores, and see them all once staff close the review; a reviewer not named on
 * the call sees nothing; every declaration and score is audited.
 */
@TomoniIntegrationTest
class ReviewIntegrationTests {

	static final String GROUP_ADMIN = "group-admin@example.jp";

	static final String REVIEWER = "reviewer@example.jp";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GroupDirectory groups;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	private UserDetails as(String email) {
		return users.loadUserByUsername(email);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String email) throws Exception {
		return mvc.perform(request.with(csrf()).with(user(as(email)))).andReturn().getResponse();
	}

	private Document html(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private Document page(String path, String email) throws Exception {
		MockHttpServletResponse response = perform(get(path), email);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return html(response);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FiscalYear.JAPAN));
	}

	/** A fresh account holding the REVIEWER role, granted by an administrator. */
	static String newReviewer(AccountManagement accounts, UserDetailsService users, String name) {
		String email = "reviewer-" + System.nanoTime() + "@example.jp";
		accounts.signUp(new SignUpCommand(email, "sakura-no-hana-2026", name, "シンサ イイン", "しんさ"));
		long id = CallIntegrationTests.id(users.loadUserByUsername(email));
		accounts.assignRoles(id, EnumSet.of(Role.CITIZEN, Role.REVIEWER),
				CallIntegrationTests.id(users.loadUserByUsername("admin@example.jp")));
		return email;
	}

	/** A published call reviewed by the demonstration reviewer and this one, and a proposal submitted to it. */
	private long[] callWithProposal(String secondReviewer) throws Exception {
		MockHttpServletResponse created = perform(CallIntegrationTests
			.callForm(post("/backoffice/proposals/calls/new"), "審査する募集 " + System.nanoTime(),
					CallIntegrationTests.id(as(REVIEWER)), today(), Map.of())
			.param("reviewers", Long.toString(CallIntegrationTests.id(as(secondReviewer)))), "staff@example.jp");
		long call = Long.parseLong(created.getRedirectedUrl().replaceAll(".*/calls/(\\d+).*", "$1"));
		perform(post("/backoffice/proposals/calls/" + call + "/publish"), "staff@example.jp");
		GroupSummary lead = groups.groupsOf(CallIntegrationTests.id(as(GROUP_ADMIN)))
			.stream()
			.filter(g -> g.status() == GroupStatus.APPROVED)
			.findFirst()
			.orElseThrow();
		GroupSummary partner = groups.publicProfiles()
			.stream()
			.map(GroupProfile::summary)
			.filter(g -> g.id() != lead.id())
			.findFirst()
			.orElseThrow();
		MockHttpServletResponse drafted = perform(
				post("/proposals/calls/" + call + "/proposals").param("groupId", Long.toString(lead.id())), GROUP_ADMIN);
		long id = Long.parseLong(drafted.getRedirectedUrl().replaceAll(".*/proposals/(\\d+)/edit", "$1"));
		perform(ProposalIntegrationTests.complete(post("/account/proposals/" + id + "/edit"), partner.id())
			.param("action", "submit"), GROUP_ADMIN);
		assertThat(status(id)).isEqualTo("SUBMITTED");
		return new long[] { call, id };
	}

	private String status(long proposal) {
		return jdbc.queryForObject("select status from proposal where id = ?", String.class, proposal);
	}

	private void closeCall(long call) {
		jdbc.update("update proposal_call set submission_deadline = ? where id = ?",
				java.sql.Timestamp.from(clock.instant().minusSeconds(1)), call);
	}

	private long scoresOf(long proposal, String email) {
		return jdbc.queryForObject(
				"select count(*) from proposal_review_score s join proposal_review r on r.id = s.review_id where r.proposal_id = ? and r.reviewer_id = ?",
				Long.class, proposal, CallIntegrationTests.id(as(email)));
	}

	@Test
	void reviewersDeclareScoreUnseenByEachOtherAndSeeAllOnceStaffClose() throws Exception {
		String second = newReviewer(accounts, users, "審査 二郎");
		String outsider = newReviewer(accounts, users, "審査 三郎");
		long[] ids = callWithProposal(second);
		long call = ids[0];
		long proposal = ids[1];
		String review = "/review/proposals/" + proposal;

		// Before the deadline the call is not the reviewers' yet.
		assertThat(perform(get("/review/calls/" + call), REVIEWER).getStatus()).isEqualTo(404);
		assertThat(perform(get(review), REVIEWER).getStatus()).isEqualTo(404);

		closeCall(call);
		assertThat(page("/review", REVIEWER).select("#review-calls tr[data-call-id=" + call + "]")).hasSize(1);
		// Not started: nothing can be declared.
		Document early = html(perform(post(review + "/declaration").param("conflict", "false"), REVIEWER));
		assertThat(early.select(".error-summary li").eachText()).contains("審査中ではないため、申告・採点はできません。");

		// Only city staff start the review; the submitted proposal goes under review.
		assertThat(perform(post("/backoffice/proposals/calls/" + call + "/review/start"), "coordinator@example.jp")
			.getStatus()).isEqualTo(403);
		assertThat(perform(post("/backoffice/proposals/calls/" + call + "/review/start"), REVIEWER).getStatus())
			.isEqualTo(403);
		perform(post("/backoffice/proposals/calls/" + call + "/review/start"), "staff@example.jp");
		assertThat(status(proposal)).isEqualTo("UNDER_REVIEW");
		Document again = html(mvc.perform(post("/backoffice/proposals/calls/" + call + "/review/start").with(csrf())
			.with(user(as("staff@example.jp")))).andReturn().getResponse());
		assertThat(again.text()).doesNotContain("Exception");

		// A reviewer not named on the call sees nothing of it.
		assertThat(page("/review", outsider).select("#review-calls tr[data-call-id=" + call + "]")).isEmpty();
		assertThat(perform(get("/review/calls/" + call), outsider).getStatus()).isEqualTo(404);
		assertThat(perform(get(review), outsider).getStatus()).isEqualTo(404);
		assertThat(perform(post(review + "/declaration").param("conflict", "false"), outsider).getStatus())
			.isEqualTo(404);

		// Scoring before declaring is refused.
		Document undeclared = html(perform(post(review + "/scores").param("scores[0]", "4").param("scores[1]", "5")
			.param("comment", "早すぎる"), REVIEWER));
		assertThat(undeclared.select(".error-summary li").eachText())
			.contains("採点の前に、利害関係の有無(conflict)を申告してください。");

		// The first reviewer declares none and scores; a score off the scale is refused, the comment kept.
		perform(post(review + "/declaration").param("conflict", "false"), REVIEWER);
		Document offScale = html(perform(post(review + "/scores").param("scores[0]", "0").param("scores[1]", "5")
			.param("comment", "地域の要望に応える計画"), REVIEWER));
		assertThat(offScale.select(".error-summary li").eachText())
			.contains("採点(scores):「公益性」を 1〜5 の整数で選んでください。");
		assertThat(offScale.select("#comment").text()).isEqualTo("地域の要望に応える計画");
		assertThat(scoresOf(proposal, REVIEWER)).isZero();
		perform(post(review + "/scores").param("scores[0]", "4").param("scores[1]", "5")
			.param("comment", "地域の要望に応える計画"), REVIEWER);
		assertThat(scoresOf(proposal, REVIEWER)).isEqualTo(2);

		// The second declares a conflict: the declaration is kept; scoring is refused.
		Document noNote = html(perform(post(review + "/declaration").param("conflict", "true"), second));
		assertThat(noNote.select(".error-summary li").eachText())
			.contains("利害関係があるときは、その内容(conflictNote)を書いてください。");
		perform(post(review + "/declaration").param("conflict", "true").param("conflictNote", "提案団体の会員"), second);
		Document refused = html(perform(post(review + "/scores").param("scores[0]", "5").param("scores[1]", "5")
			.param("comment", "よい"), second));
		assertThat(refused.select(".error-summary li").eachText())
			.contains("利害関係を申告したため、この提案は採点できません(申告は記録されています)。");
		assertThat(scoresOf(proposal, second)).isZero();
		assertThat(jdbc.queryForObject("select conflict from proposal_review where proposal_id = ? and reviewer_id = ?",
				Boolean.class, proposal, CallIntegrationTests.id(as(second)))).isTrue();

		// While the review is open nobody sees another's scores; staff see who has scored.
		Document secondsView = page(review, second);
		assertThat(secondsView.select("#review-results")).isEmpty();
		assertThat(secondsView.text()).doesNotContain("地域の要望に応える計画");
		assertThat(secondsView.select("#declared-conflict").text()).contains("提案団体の会員");
		Document office = page("/backoffice/proposals/calls/" + call, "staff@example.jp");
		assertThat(office.select("#review-progress").text()).contains("採点済み", "利害関係あり(採点なし)", "審査 二郎");
		assertThat(office.select("#review-results")).isEmpty();

		// Scores change until the review closes.
		perform(post(review + "/scores").param("scores[0]", "3").param("scores[1]", "5")
			.param("comment", "地域の要望に応える計画"), REVIEWER);
		assertThat(page(review, REVIEWER).select("#my-total").text()).isEqualTo("38.0 / 50");

		assertThat(perform(post("/backoffice/proposals/calls/" + call + "/review/close"), "coordinator@example.jp")
			.getStatus()).isEqualTo(403);
		perform(post("/backoffice/proposals/calls/" + call + "/review/close"), "staff@example.jp");
		Document late = html(perform(post(review + "/scores").param("scores[0]", "1").param("scores[1]", "1")
			.param("comment", "変更"), REVIEWER));
		assertThat(late.select(".error-summary li").eachText()).contains("審査中ではないため、申告・採点はできません。");

		// Closed: every score is visible to the reviewers and staff.
		Document closed = page(review, second);
		assertThat(closed.select("#review-results .weighted-total").text()).isEqualTo("38.0 / 50");
		assertThat(closed.select("#review-results .criterion-average").eachText()).containsExactly("3.0", "5.0");
		assertThat(closed.select("#review-results").text()).contains("地域の要望に応える計画", "利害関係あり(採点なし)");
		assertThat(page("/backoffice/proposals/calls/" + call, "staff@example.jp").select("#review-results .weighted-total")
			.text()).isEqualTo("38.0 / 50");

		// The decision: city staff only; reasons always, conditions for an adoption with conditions.
		String decision = "/backoffice/proposals/proposals/" + proposal + "/decision";
		Document form = page("/backoffice/proposals/proposals/" + proposal, "staff@example.jp");
		String formCode = form.select("#formCode option").first().val();
		assertThat(form.select("#departmentCode option[selected]").val()).isEqualTo("parks");
		assertThat(perform(post(decision).param("outcome", "NOT_ADOPTED").param("reason", "理由"),
				"coordinator@example.jp").getStatus()).isEqualTo(403);
		Document noReason = html(perform(post(decision).param("outcome", "NOT_ADOPTED").param("reason", " "),
				"staff@example.jp"));
		assertThat(noReason.select("#decision-form .error-summary li").eachText())
			.contains("結果の理由(reason)を入力してください。提案者と市民に公表されます。");
		Document noConditions = html(perform(post(decision).param("outcome", "ADOPTED_WITH_CONDITIONS")
			.param("reason", "地域の要望に応える計画で、実現性も高い。").param("formCode", formCode)
			.param("departmentCode", "parks").param("fieldCodes", "01").param("startDate", "2027-04-01")
			.param("endDate", "2028-03-31"), "staff@example.jp"));
		assertThat(noConditions.select("#decision-form .error-summary li").eachText())
			.contains("条件付き採択のときは、採択の条件(conditions)を入力してください。");
		assertThat(noConditions.select("#reason").text()).isEqualTo("地域の要望に応える計画で、実現性も高い。");
		assertThat(status(proposal)).isEqualTo("UNDER_REVIEW");

		// Results cannot be published while a proposal is undecided.
		perform(post("/backoffice/proposals/calls/" + call + "/results/publish"), "staff@example.jp");
		assertThat(html(perform(get("/proposals/calls/" + call), "citizen@example.jp")).select("#review-results"))
			.isEmpty();

		MockHttpServletResponse decided = perform(post(decision).param("outcome", "ADOPTED_WITH_CONDITIONS")
			.param("reason", "地域の要望に応える計画で、実現性も高い。").param("conditions", "講師謝礼の積算根拠を示すこと。")
			.param("formCode", formCode).param("departmentCode", "parks").param("fieldCodes", "01")
			.param("startDate", "2027-04-01").param("endDate", "2028-03-31"), "staff@example.jp");
		assertThat(decided.getRedirectedUrl()).isEqualTo("/backoffice/proposals/proposals/" + proposal);
		assertThat(status(proposal)).isEqualTo("ADOPTED_WITH_CONDITIONS");
		Long project = jdbc.queryForObject("select project_id from proposal where id = ?", Long.class, proposal);
		assertThat(project).isNotNull();
		assertThat(jdbc.queryForMap("select origin, proposal_id, city_takes_part, department_code from project where id = ?",
				project)).containsEntry("ORIGIN", "PROPOSAL").containsEntry("PROPOSAL_ID", proposal)
			.containsEntry("CITY_TAKES_PART", true).containsEntry("DEPARTMENT_CODE", "parks");
		assertThat(jdbc.queryForList("select party_kind from project_partner where project_id = ? order by line_no",
				String.class, project)).containsExactly("GROUP", "GROUP");
		assertThat(jdbc.queryForList("select reason from project_partner where project_id = ? order by line_no",
				String.class, project)).containsExactly("協働事業提案(提案番号 " + proposal + ")の提案団体として採択",
						"協働事業提案(提案番号 " + proposal + ")の共同提案団体として採択");
		// The proposal's schedule and indicators are the project's plan (decision 0072).
		assertThat(jdbc.queryForList(
				"select period || ':' || activity from project_milestone where project_id = ? order by line_no",
				String.class, project)).containsExactly("6月:準備と広報", "7月〜翌3月:毎週の体操");
		assertThat(jdbc.queryForList(
				"select what || ':' || target from project_indicator where project_id = ? order by line_no",
				String.class, project)).containsExactly("延べ参加者数:1,000人");

		// The proposer reads the decision, its reasons and conditions, and the project.
		Document proposer = page("/account/proposals/" + proposal, GROUP_ADMIN);
		assertThat(proposer.select("#decision-outcome").text()).isEqualTo("条件付き採択");
		assertThat(proposer.select("#decision-reason").text()).isEqualTo("地域の要望に応える計画で、実現性も高い。");
		assertThat(proposer.select("#decision-conditions").text()).isEqualTo("講師謝礼の積算根拠を示すこと。");
		assertThat(proposer.select("#decision-project").attr("href")).isEqualTo("/projects/" + project);

		// Published: the public call page shows the outcome, reasons and scores, not each reviewer's.
		perform(post("/backoffice/proposals/calls/" + call + "/results/publish"), "staff@example.jp");
		Document published = html(perform(get("/proposals/calls/" + call), "citizen@example.jp"));
		assertThat(published.select("#review-results .weighted-total").text()).isEqualTo("38.0 / 50");
		assertThat(published.select("#review-results .decision-reason").text())
			.isEqualTo("地域の要望に応える計画で、実現性も高い。");
		assertThat(published.select("#review-results").text()).contains("条件付き採択", "講師謝礼の積算根拠を示すこと。")
			.doesNotContain("提案団体の会員");

		assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'proposal-review'", String.class))
			.contains("proposal-review.scored:4,5", "proposal-review.scored:3,5", "proposal-review.conflict-declared",
					"proposal-review.no-conflict-declared");
		assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'proposal-call' and record_id = ?",
				String.class, Long.toString(call)))
			.contains("proposal-call.review-started", "proposal-call.review-closed", "proposal-call.results-published");
		assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'proposal' and record_id = ?",
				String.class, Long.toString(proposal)))
			.contains("proposal.review-started", "proposal.decided:ADOPTED_WITH_CONDITIONS",
					"proposal.project-registered:" + project);
	}

	@Test
	void aReviewersDeclarationsAndScoresAreExportedAndStayWithoutThemOnceTheAccountIsDeleted() throws Exception {
		String second = newReviewer(accounts, users, "審査 消子");
		long secondId = CallIntegrationTests.id(as(second));
		long[] ids = callWithProposal(second);
		long call = ids[0];
		long proposal = ids[1];
		String review = "/review/proposals/" + proposal;
		closeCall(call);
		perform(post("/backoffice/proposals/calls/" + call + "/review/start"), "staff@example.jp");
		perform(post(review + "/declaration").param("conflict", "false"), second);
		perform(post(review + "/scores").param("scores[0]", "4").param("scores[1]", "5")
			.param("comment", "消える審査員のコメント"), second);
		perform(post(review + "/declaration").param("conflict", "true").param("conflictNote", "提案団体の役員"), REVIEWER);

		// The export names the call, the proposal, the declaration, each criterion's score and the comment.
		String export = accounts.exportPersonalData(secondId).get("proposals").toString();
		String title = jdbc.queryForObject("select title from proposal_call where id = ?", String.class, call);
		assertThat(export).contains("callId=" + call, "call=" + title, "proposalId=" + proposal,
				"conflictOfInterest=false", "scores={公益性=4", "=5}", "comment=消える審査員のコメント");
		assertThat(accounts.exportPersonalData(CallIntegrationTests.id(as(REVIEWER))).get("proposals").toString())
			.contains("proposalId=" + proposal, "conflictOfInterest=true", "conflictNote=提案団体の役員");

		// Deleted, the reviewer is no longer named, but the scores stay: the result does not change.
		accounts.deleteAccount(secondId, "sakura-no-hana-2026");
		assertThat(jdbc.queryForObject("select count(*) from proposal_review where reviewer_id = ?", Long.class, secondId))
			.isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from proposal_review_score s join proposal_review r on r.id = s.review_id"
						+ " where r.proposal_id = ? and r.reviewer_id is null and r.review_comment = '消える審査員のコメント'",
				Long.class, proposal))
			.isEqualTo(2);
		perform(post("/backoffice/proposals/calls/" + call + "/review/close"), "staff@example.jp");
		Document results = page("/backoffice/proposals/calls/" + call, "staff@example.jp");
		assertThat(results.select("#review-results .weighted-total").text()).isEqualTo("44.0 / 50");
		assertThat(results.select("#review-results").text()).contains("消える審査員のコメント").doesNotContain("審査 消子");
	}
}
