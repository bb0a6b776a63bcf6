package jp.tomoni.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupProfile;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.PersonalDataContributor.PersonRef;
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
 * Residents' opinions and the meetings on proposals through their pages (decision 0071): the proposals become public
 * when staff open the opinion period; one opinion per person, changed or withdrawn while the period runs, refused to
 * the call's reviewers and to the proposing groups' administrators and after the period; the review reads a digest
 * without names; staff hide an opinion with a reason; presentations and roundtables are recorded on proposals under
 * review and shown publicly; the decision shows on the public page only once the results are published.
 */
@TomoniIntegrationTest
class OpinionIntegrationTests {

	static final String GROUP_ADMIN = "group-admin@example.jp";

	static final String REVIEWER = "reviewer@example.jp";

	static final String CITIZEN = "citizen@example.jp";

	static final String MEMBER = "member@example.jp";

	static final String STAFF = "staff@example.jp";

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
	OpinionPersonalData personalData;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.context.MessageSource messages;

	private UserDetails as(String email) {
		return users.loadUserByUsername(email);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String email) throws Exception {
		MockHttpServletRequestBuilder signed = request.with(csrf());
		if (email != null) {
			signed = signed.with(user(as(email)));
		}
		return mvc.perform(signed).andReturn().getResponse();
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

	/** A published call, closed, with a proposal from the demonstration group and another group, under review. */
	private long[] proposalUnderReview() throws Exception {
		MockHttpServletResponse created = perform(CallIntegrationTests.callForm(post("/backoffice/proposals/calls/new"),
				"意見を募る募集 " + System.nanoTime(), CallIntegrationTests.id(as(REVIEWER)), today(), Map.of()), STAFF);
		long call = Long.parseLong(created.getRedirectedUrl().replaceAll(".*/calls/(\\d+).*", "$1"));
		perform(post("/backoffice/proposals/calls/" + call + "/publish"), STAFF);
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
		jdbc.update("update proposal_call set submission_deadline = ? where id = ?",
				java.sql.Timestamp.from(clock.instant().minusSeconds(1)), call);
		perform(post("/backoffice/proposals/calls/" + call + "/review/start"), STAFF);
		assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, id))
			.isEqualTo("UNDER_REVIEW");
		return new long[] { call, id };
	}

	private MockHttpServletResponse give(long call, long proposal, String email, String stance, String body)
			throws Exception {
		return perform(post("/proposals/calls/" + call + "/proposals/" + proposal + "/opinion").param("stance", stance)
			.param("body", body), email);
	}

	private List<Map<String, Object>> opinionsOf(long proposal) {
		return jdbc.queryForList("select account_id, stance, body, hidden_at from proposal_opinion where proposal_id = ?",
				proposal);
	}

	/** The refusal a back-office action redirected with, as the page shows it. */
	private String flashed(MockHttpServletRequestBuilder request, String email) throws Exception {
		org.springframework.web.servlet.FlashMap flash = mvc.perform(request.with(csrf()).with(user(as(email))))
			.andReturn()
			.getFlashMap();
		Object code = flash.get("refusal");
		return code == null ? "" : messages.getMessage((String) code, (Object[]) flash.get("refusalArguments"),
				java.util.Locale.JAPANESE);
	}

	private String refusal(MockHttpServletResponse response) throws Exception {
		return String.join(" / ", html(response).select(".error-summary li").eachText());
	}

	@Test
	void theOpinionPeriodPublishesTheProposalsAndTakesOneOpinionPerPerson() throws Exception {
		long[] ids = proposalUnderReview();
		long call = ids[0];
		long proposal = ids[1];
		String publicPage = "/proposals/calls/" + call + "/proposals/" + proposal;

		// Under review but no opinions asked: no public page, no list on the call's page.
		assertThat(perform(get(publicPage), null).getStatus()).isEqualTo(404);
		assertThat(page("/proposals/calls/" + call, null).select("#public-proposals")).isEmpty();

		// Only city staff open the period, to a day between today and the review's last day.
		String open = "/backoffice/proposals/calls/" + call + "/opinions";
		assertThat(perform(post(open).param("until", today().plusDays(3).toString()), "coordinator@example.jp")
			.getStatus()).isEqualTo(403);
		assertThat(flashed(post(open).param("until", today().minusDays(1).toString()), STAFF))
			.isEqualTo("意見募集の最終日は、今日(" + today() + ")以降の日にしてください。");
		assertThat(flashed(post(open).param("until", today().plusDays(60).toString()), STAFF))
			.startsWith("意見募集の最終日は、審査期間の最終日");
		assertThat(perform(get(publicPage), null).getStatus()).isEqualTo(404);
		perform(post(open).param("until", today().plusDays(3).toString()), STAFF);
		assertThat(page("/backoffice/proposals/calls/" + call, STAFF).select("#opinion-period-state").text())
			.contains(today().plusDays(3).toString());

		// Public now: the call lists it, the page shows the content without attachments or consultations.
		Document callPage = page("/proposals/calls/" + call, null);
		assertThat(callPage.select("#public-proposals tr[data-proposal-id=" + proposal + "]")).hasSize(1);
		Document anonymous = page(publicPage, null);
		assertThat(anonymous.select("#proposal-status").text()).isEqualTo("審査中");
		assertThat(anonymous.select("#proposal-partners").text()).isNotBlank();
		assertThat(anonymous.select("#proposal-attachments, #proposal-consultations")).isEmpty();
		assertThat(anonymous.select("#sign-in-to-give")).hasSize(1);
		assertThat(anonymous.select("#opinion-form")).isEmpty();

		// A resident gives an opinion; a missing text is refused naming the field, and nothing is saved.
		assertThat(refusal(give(call, proposal, CITIZEN, "SUPPORT", " "))).contains("意見を入力してください。");
		assertThat(opinionsOf(proposal)).isEmpty();
		assertThat(refusal(perform(post("/proposals/calls/" + call + "/proposals/" + proposal + "/opinion")
			.param("body", "賛成です"), CITIZEN))).contains("意見の種類を入力してください。");
		assertThat(give(call, proposal, CITIZEN, "SUPPORT", "朝の公園が明るくなりそうで期待しています。").getRedirectedUrl())
			.endsWith(publicPage + "#opinion");
		// One per person: giving again changes it.
		give(call, proposal, CITIZEN, "SUGGESTION", "雨の日の会場も考えてください。");
		assertThat(opinionsOf(proposal)).hasSize(1);
		assertThat(opinionsOf(proposal).get(0)).containsEntry("stance", "SUGGESTION")
			.containsEntry("body", "雨の日の会場も考えてください。");
		assertThat(page(publicPage, CITIZEN).select("#body").text()).isEqualTo("雨の日の会場も考えてください。");
		give(call, proposal, MEMBER, "CONCERN", "騒音が心配です。");

		// Not the proposing group's administrator, nor the call's reviewer.
		assertThat(refusal(give(call, proposal, GROUP_ADMIN, "SUPPORT", "自分たちの提案です")))
			.contains("自分が管理する団体の提案には、意見を出せません。");
		assertThat(page(publicPage, GROUP_ADMIN).select("#opinion-refusal").text())
			.isEqualTo("自分が管理する団体の提案には、意見を出せません。");
		assertThat(refusal(give(call, proposal, REVIEWER, "SUPPORT", "審査委員の意見")))
			.contains("この募集の審査委員は、提案に意見を出せません。");
		assertThat(opinionsOf(proposal)).hasSize(2);
		// The public page shows the count only.
		assertThat(page(publicPage, null).select("#opinion-count").text()).isEqualTo("2件");
		assertThat(page(publicPage, null).text()).doesNotContain("騒音が心配です。");

		// The reviewer reads the digest: counts by stance and the texts, no names.
		Document review = page("/review/proposals/" + proposal, REVIEWER);
		assertThat(review.select("#opinion-total").text()).isEqualTo("2");
		assertThat(review.select("#opinion-counts tr[data-stance=CONCERN] .count").text()).isEqualTo("1");
		assertThat(review.select("#opinion-list .opinion-body").eachText()).containsExactlyInAnyOrder(
				"雨の日の会場も考えてください。", "騒音が心配です。");
		String citizenName = accounts.find(CallIntegrationTests.id(as(CITIZEN))).orElseThrow().fullName();
		assertThat(review.select("#opinions").text()).doesNotContain(citizenName);
		assertThat(review.select(".hide-opinion")).isEmpty();

		// Staff hide one, with a reason; the review no longer counts it; its author sees why and cannot change it.
		long member = jdbc.queryForObject("select id from proposal_opinion where proposal_id = ? and stance = 'CONCERN'",
				Long.class, proposal);
		assertThat(perform(post("/backoffice/proposals/opinions/" + member + "/hide").param("reason", "x"), CITIZEN)
			.getStatus()).isEqualTo(403);
		assertThat(flashed(post("/backoffice/proposals/opinions/" + member + "/hide").param("reason", " "), STAFF))
			.isEqualTo("外す理由を入力してください。");
		perform(post("/backoffice/proposals/opinions/" + member + "/hide").param("reason", "特定の個人への中傷を含むため"),
				"coordinator@example.jp");
		assertThat(page("/review/proposals/" + proposal, REVIEWER).select("#opinion-total").text()).isEqualTo("1");
		Document office = page("/backoffice/proposals/proposals/" + proposal, STAFF);
		assertThat(office.select("#opinion-hidden-count").text()).contains("1件");
		assertThat(office.select("li[data-opinion-id=" + member + "]").attr("data-hidden")).isEqualTo("true");
		assertThat(page(publicPage, MEMBER).select("#my-opinion-status").text()).contains("特定の個人への中傷を含むため");
		assertThat(refusal(give(call, proposal, MEMBER, "SUPPORT", "書き直しました")))
			.contains("この意見は職員が審査の資料から外したため、変更・取り下げはできません。");

		// The author withdraws during the period.
		perform(post(publicPage + "/opinion/withdraw"), CITIZEN);
		assertThat(opinionsOf(proposal)).hasSize(1);

		// Once the last day has passed, nothing more is taken, and the period cannot be opened again.
		jdbc.update("update proposal_call set opinions_until = ? where id = ?", java.sql.Date.valueOf(today().minusDays(1)),
				call);
		assertThat(refusal(give(call, proposal, CITIZEN, "SUPPORT", "遅れて出します")))
			.contains("この提案への意見は、いまは受け付けていません");
		assertThat(page(publicPage, CITIZEN).select("#opinion-form")).isEmpty();
		assertThat(flashed(post(open).param("until", today().plusDays(3).toString()), STAFF))
			.isEqualTo("意見募集はすでに終わっています。もう一度始めることはできません。");

		// Audited, without the text.
		assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'proposal' and record_id = ?",
				String.class, Long.toString(proposal)))
			.contains("proposal.opinion.given", "proposal.opinion.changed", "proposal.opinion.withdrawn");
		assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'proposal-opinion'",
				String.class)).contains("proposal.opinion.hidden");
	}

	@Test
	void theDecisionIsPublicOnlyOnceTheResultsArePublished() throws Exception {
		long[] ids = proposalUnderReview();
		long call = ids[0];
		long proposal = ids[1];
		String publicPage = "/proposals/calls/" + call + "/proposals/" + proposal;
		perform(post("/backoffice/proposals/calls/" + call + "/opinions").param("until", today().toString()), STAFF);
		jdbc.update("update proposal set status = 'NOT_ADOPTED', decision_reason = '予算の上限を超えるため' where id = ?",
				proposal);
		Document before = page(publicPage, null);
		assertThat(before.select("#proposal-status").text()).isEqualTo("審査中");
		assertThat(before.text()).doesNotContain("予算の上限を超えるため");
		jdbc.update("update proposal_call set review_closed_at = ?, results_published_at = ? where id = ?",
				java.sql.Timestamp.from(clock.instant()), java.sql.Timestamp.from(clock.instant()), call);
		Document after = page(publicPage, null);
		assertThat(after.select("#proposal-status").text()).isEqualTo("不採択");
		assertThat(after.select("#decision-reason").text()).isEqualTo("予算の上限を超えるため");
		// A withdrawn proposal has no public page.
		jdbc.update("update proposal set status = 'WITHDRAWN' where id = ?", proposal);
		assertThat(perform(get(publicPage), null).getStatus()).isEqualTo(404);
	}

	@Test
	void presentationsAndRoundtablesAreRecordedOnProposalsUnderReview() throws Exception {
		long[] ids = proposalUnderReview();
		long call = ids[0];
		long proposal = ids[1];
		String meetings = "/backoffice/proposals/proposals/" + proposal + "/meetings";

		// Staff only; a day in the future and missing text are refused naming the field, and the text is kept.
		assertThat(perform(post(meetings).param("kind", "PRESENTATION"), CITIZEN).getStatus()).isEqualTo(403);
		assertThat(perform(post(meetings).param("kind", "PRESENTATION"), REVIEWER).getStatus()).isEqualTo(403);
		Document future = html(perform(post(meetings).param("kind", "PRESENTATION")
			.param("heldOn", today().plusDays(1).toString())
			.param("participants", "審査委員3名、提案団体")
			.param("summary", "提案団体が計画を説明した。"), STAFF));
		assertThat(future.select(".error-summary li").eachText())
			.contains("開催日は今日より後の日にできません。開いた会の記録を入力してください。");
		assertThat(future.select("#summary").text()).isEqualTo("提案団体が計画を説明した。");
		Document missing = html(perform(post(meetings).param("kind", "ROUNDTABLE")
			.param("heldOn", today().toString())
			.param("participants", "提案団体、公園課"), STAFF));
		assertThat(missing.select(".error-summary li").eachText()).contains("内容の要旨を入力してください。");
		assertThat(jdbc.queryForObject("select count(*) from proposal_meeting where proposal_id = ?", Long.class,
				proposal)).isZero();

		perform(post(meetings).param("kind", "PRESENTATION")
			.param("heldOn", today().toString())
			.param("place", "市民会館 第1会議室")
			.param("participants", "審査委員3名、提案団体、傍聴者12名")
			.param("summary", "提案団体が計画を説明し、審査委員が雨天時の対応を質問した。"), STAFF);
		perform(post(meetings).param("kind", "ROUNDTABLE")
			.param("heldOn", today().toString())
			.param("participants", "提案団体、公園課、市民協働推進課")
			.param("summary", "役割分担と費用の分担を話し合った。"), "coordinator@example.jp");
		assertThat(page("/review/proposals/" + proposal, REVIEWER).select("#meetings .meeting")).hasSize(2);
		Document office = page("/backoffice/proposals/proposals/" + proposal, STAFF);
		assertThat(office.select("#meetings .meeting[data-kind=ROUNDTABLE] .meeting-summary").text())
			.isEqualTo("役割分担と費用の分担を話し合った。");

		// Public once the opinion period opened.
		perform(post("/backoffice/proposals/calls/" + call + "/opinions").param("until", today().toString()), STAFF);
		Document published = page("/proposals/calls/" + call + "/proposals/" + proposal, null);
		assertThat(published.select("#meetings .meeting")).hasSize(2);
		assertThat(published.select("#meetings form")).isEmpty();

		// A mistake can be removed while under review; after the decision nothing more is recorded.
		long roundtable = jdbc.queryForObject(
				"select id from proposal_meeting where proposal_id = ? and kind = 'ROUNDTABLE'", Long.class, proposal);
		perform(post(meetings + "/" + roundtable + "/delete"), STAFF);
		assertThat(jdbc.queryForObject("select count(*) from proposal_meeting where proposal_id = ?", Long.class,
				proposal)).isEqualTo(1);
		jdbc.update("update proposal set status = 'ADOPTED' where id = ?", proposal);
		Document late = html(perform(post(meetings).param("kind", "PRESENTATION")
			.param("heldOn", today().toString())
			.param("participants", "審査委員")
			.param("summary", "追加の説明"), STAFF));
		assertThat(late.select(".error-summary li").eachText()).contains("審査中の提案にだけ記録できます。");
	}

	@Test
	void opinionsAreInThePersonalDataExportAndGoWithTheAccount() throws Exception {
		long[] ids = proposalUnderReview();
		long call = ids[0];
		long proposal = ids[1];
		perform(post("/backoffice/proposals/calls/" + call + "/opinions").param("until", today().toString()), STAFF);
		give(call, proposal, MEMBER, "SUPPORT", "子どもも参加できるとよいです。");
		perform(post("/backoffice/proposals/proposals/" + proposal + "/meetings").param("kind", "PRESENTATION")
			.param("heldOn", today().toString())
			.param("participants", "審査委員")
			.param("summary", "説明を受けた。"), STAFF);
		long memberId = CallIntegrationTests.id(as(MEMBER));
		long staffId = CallIntegrationTests.id(as(STAFF));

		Map<String, Object> exported = personalData.collect(new PersonRef(memberId, MEMBER));
		assertThat(exported.get("opinions").toString()).contains("子どもも参加できるとよいです。")
			.contains("proposalId=" + proposal);
		assertThat(personalData.collect(new PersonRef(staffId, STAFF)).get("meetingsRecorded").toString())
			.contains("proposalId=" + proposal);

		personalData.erase(new PersonRef(memberId, MEMBER));
		personalData.erase(new PersonRef(staffId, STAFF));
		assertThat(jdbc.queryForObject("select count(*) from proposal_opinion where account_id = ?", Long.class,
				memberId)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from proposal_meeting where recorded_by = ?", Long.class,
				staffId)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from proposal_meeting where proposal_id = ?", Long.class,
				proposal)).isEqualTo(1);
	}
}
