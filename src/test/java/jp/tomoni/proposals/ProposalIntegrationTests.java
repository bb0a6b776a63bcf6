package jp.tomoni.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupProfile;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.NoticeRequested;
import jp.tomoni.shared.NoticeTopic;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Prior consultations and proposals through their pages: a group's administrator asks for a consultation, staff
 * record it (and one not asked online), and the counts by 年度 match the records; a proposal from two groups together
 * is drafted, refused at submission with every problem named in Japanese while the draft keeps what was typed, then
 * submitted, seen by staff, and withdrawn; nothing changes after submission or after the deadline; attachments.
 */
@TomoniIntegrationTest
@RecordApplicationEvents
class ProposalIntegrationTests {

	static final String GROUP_ADMIN = "group-admin@example.jp";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GroupDirectory groups;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	private UserDetails as(String email) {
		return users.loadUserByUsername(email);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String email) throws Exception {
		return mvc.perform(request.with(csrf()).with(user(as(email)))).andReturn().getResponse();
	}

	private Document page(String path, String email) throws Exception {
		MockHttpServletResponse response = perform(get(path), email);
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private Document html(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FiscalYear.JAPAN));
	}

	/** A published city-themed call (ceiling 1,000,000 yen) asking two checklist items. */
	private long publishedCall() throws Exception {
		MockHttpServletResponse created = perform(CallIntegrationTests.callForm(post("/backoffice/proposals/calls/new"),
				"協働の募集 " + System.nanoTime(), CallIntegrationTests.id(as("reviewer@example.jp")), today(), Map.of()),
				"staff@example.jp");
		long id = Long.parseLong(created.getRedirectedUrl().replaceAll(".*/calls/(\\d+).*", "$1"));
		perform(post("/backoffice/proposals/calls/" + id + "/publish"), "staff@example.jp");
		return id;
	}

	private GroupSummary leadGroup() {
		return groups.groupsOf(CallIntegrationTests.id(as(GROUP_ADMIN)))
			.stream()
			.filter(g -> g.status() == GroupStatus.APPROVED)
			.findFirst()
			.orElseThrow();
	}

	private GroupSummary partnerGroup(long lead) {
		return groups.publicProfiles().stream().map(GroupProfile::summary).filter(g -> g.id() != lead).findFirst()
			.orElseThrow();
	}

	private long draft(long call, long group) throws Exception {
		MockHttpServletResponse drafted = perform(post("/proposals/calls/" + call + "/proposals")
			.param("groupId", Long.toString(group)), GROUP_ADMIN);
		assertThat(drafted.getRedirectedUrl()).matches("/account/proposals/\\d+/edit");
		return Long.parseLong(drafted.getRedirectedUrl().replaceAll(".*/proposals/(\\d+)/edit", "$1"));
	}

	static MockHttpServletRequestBuilder complete(MockHttpServletRequestBuilder request, long partner) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", "公園で朝の体操と見守り");
		values.put("problem", "平日の公園に高齢者の居場所が少ない。");
		values.put("plan", "毎週水曜の朝、公園で体操を行い、参加者の見守りにつなげる。");
		values.put("groupRole", "体操の指導と参加者の呼びかけ");
		values.put("cityRole", "公園の使用許可と広報");
		values.put("partnerGroupId[0]", Long.toString(partner));
		values.put("partnerRole[0]", "見守りの記録と地域への報告");
		values.put("schedulePeriod[0]", "6月");
		values.put("scheduleActivity[0]", "準備と広報");
		values.put("schedulePeriod[1]", "7月〜翌3月");
		values.put("scheduleActivity[1]", "毎週の体操");
		values.put("budgetItem[0]", "講師謝礼");
		values.put("budgetAmount[0]", "200,000");
		values.put("budgetProposerShare[0]", "50000");
		values.put("budgetCityShare[0]", "150000");
		values.put("expectedEffects", "高齢者の外出が増え、地域の見守りが広がる。");
		values.put("indicatorWhat[0]", "延べ参加者数");
		values.put("indicatorTarget[0]", "1,000人");
		values.put("answer[0]", "yes");
		values.put("explanation[0]", "参加者一人ひとりに合わせた声かけが必要なため。");
		values.put("answer[1]", "yes");
		values.put("explanation[1]", "地域の高齢者から要望が出ているため。");
		values.put("notPolitical", "true");
		values.put("notReligious", "true");
		values.put("notElectoral", "true");
		values.forEach((k, v) -> request.param(k, v));
		return request;
	}

	@Test
	void twoGroupsProposeTogetherRefusedUntilCompleteThenSubmittedSeenByStaffAndWithdrawn() throws Exception {
		long call = publishedCall();
		GroupSummary lead = leadGroup();
		GroupSummary partner = partnerGroup(lead.id());
		long id = draft(call, lead.id());
		String edit = "/account/proposals/" + id + "/edit";

		// Submitting an incomplete draft: everything missing is named in Japanese; what was typed is kept.
		Document refused = html(perform(post(edit).param("action", "submit").param("title", "途中の題名")
			.param("partnerGroupId[0]", Long.toString(partner.id())).param("budgetItem[0]", "講師謝礼")
			.param("budgetAmount[0]", "100000").param("budgetProposerShare[0]", "10000")
			.param("budgetCityShare[0]", "80000").param("notPolitical", "true"), GROUP_ADMIN));
		assertThat(refused.select("#proposal-errors li").eachText()).contains("解決したい課題(problem)を入力してください。",
				"共同提案団体「" + partner.name() + "」の役割(partnerRole)を入力してください。",
				"収支予算の1行目は、提案者の負担と市の負担の合計(90,000円)が金額(100,000円)と一致しません。",
				"協働に適した事業かどうかの確認の1番目の項目(answer)に「はい」か「いいえ」で答えてください。",
				"宗教活動を目的としていないこと(notReligious)を確認してください。",
				"選挙活動を目的としていないこと(notElectoral)を確認してください。");
		assertThat(refused.select("#notReligious-error").text()).isNotBlank();
		assertThat(refused.select("#title").val()).isEqualTo("途中の題名");
		assertThat(jdbc.queryForObject("select title from proposal where id = ?", String.class, id)).isEqualTo("途中の題名");
		assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, id)).isEqualTo("DRAFT");

		// Staff do not see drafts.
		assertThat(perform(get("/backoffice/proposals/proposals/" + id), "staff@example.jp").getStatus()).isEqualTo(404);

		MockHttpServletResponse submitted = perform(complete(post(edit), partner.id()).param("action", "submit"),
				GROUP_ADMIN);
		assertThat(submitted.getRedirectedUrl()).isEqualTo("/account/proposals/" + id);
		Document mine = page("/account/proposals", GROUP_ADMIN);
		assertThat(mine.select("#my-proposals tr[data-proposal-id=" + id + "] .status").text()).isEqualTo("提出済み");
		assertThat(mine.select("#my-proposals tr[data-proposal-id=" + id + "]").text()).contains(partner.name());

		// Final: a later change is refused and changes nothing.
		perform(post(edit).param("action", "save").param("title", "書き換え"), GROUP_ADMIN);
		assertThat(jdbc.queryForObject("select title from proposal where id = ?", String.class, id))
			.isEqualTo("公園で朝の体操と見守り");

		Document office = page("/backoffice/proposals/calls/" + call, "coordinator@example.jp");
		assertThat(office.select("#proposals tr[data-proposal-id=" + id + "]").text()).contains(lead.name(),
				partner.name(), "提出済み");
		Document staffView = page("/backoffice/proposals/proposals/" + id, "staff@example.jp");
		assertThat(staffView.select("#proposal-roles").text()).contains(partner.name(), "見守りの記録と地域への報告",
				"公園の使用許可と広報");
		assertThat(staffView.select("#proposal-answers tbody tr")).hasSize(2);

		perform(post("/account/proposals/" + id + "/withdraw"), GROUP_ADMIN);
		assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, id))
			.isEqualTo("WITHDRAWN");
		assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'proposal' and record_id = ?",
				String.class, Long.toString(id)))
			.contains("proposal.drafted", "proposal.saved", "proposal.submitted", "proposal.withdrawn");
	}

	@Test
	void afterTheDeadlineNothingChangesNotEvenADraft() throws Exception {
		long call = publishedCall();
		GroupSummary lead = leadGroup();
		long id = draft(call, lead.id());
		jdbc.update("update proposal_call set submission_deadline = ? where id = ?",
				java.sql.Timestamp.from(clock.instant().minusSeconds(1)), call);
		Document refused = html(perform(complete(post("/account/proposals/" + id + "/edit"), partnerGroup(lead.id()).id())
			.param("action", "submit"), GROUP_ADMIN));
		assertThat(refused.select("#not-editable").text()).isNotBlank();
		assertThat(jdbc.queryForObject("select title from proposal where id = ?", String.class, id)).isNull();
		assertThat(jdbc.queryForObject("select status from proposal where id = ?", String.class, id)).isEqualTo("DRAFT");
		assertThat(perform(post("/proposals/calls/" + call + "/proposals").param("groupId", Long.toString(lead.id())),
				GROUP_ADMIN).getRedirectedUrl()).isEqualTo("/proposals/calls/" + call);
	}

	@Test
	void priorConsultationsAreRequestedRecordedAndCountedByFiscalYear() throws Exception {
		long call = publishedCall();
		GroupSummary lead = leadGroup();
		FiscalYear year = FiscalYear.current(clock);
		long before = count(year);

		perform(post("/proposals/calls/" + call + "/consultations").param("groupId", Long.toString(lead.id()))
			.param("topic", "体操の会場について").param("preferredDates", "来週の水曜午前"), GROUP_ADMIN);
		Long request = jdbc.queryForObject("select id from proposal_consultation where call_id = ? and status = 'REQUESTED'",
				Long.class, call);
		events.clear();
		perform(post("/backoffice/proposals/calls/" + call + "/consultations").param("requestId", Long.toString(request))
			.param("heldOn", today().toString()).param("staffName", "協働 太郎").param("departmentCode", "parks")
			.param("summary", "職員だけが読む記録 " + call), "coordinator@example.jp");
		assertThat(events.stream(NoticeRequested.class).filter(n -> n.topic() == NoticeTopic.PROPOSALS))
			.as("the group's administrators are told")
			.anySatisfy(n -> assertThat(n.recipients()).contains(CallIntegrationTests.id(as(GROUP_ADMIN))));
		GroupSummary other = partnerGroup(lead.id());
		perform(post("/backoffice/proposals/calls/" + call + "/consultations").param("groupId", Long.toString(other.id()))
			.param("heldOn", today().toString()).param("staffName", "協働 花子").param("topic", "電話での相談")
			.param("summary", "窓口で受けた相談"), "staff@example.jp");
		// A day of the previous 年度 counts there, not in this one.
		perform(post("/backoffice/proposals/calls/" + call + "/consultations").param("groupId", Long.toString(other.id()))
			.param("heldOn", year.firstDay().minusDays(1).toString()).param("staffName", "協働 花子")
			.param("summary", "前年度の相談"), "staff@example.jp");

		assertThat(count(year)).isEqualTo(before + 2);
		assertThat(count(year)).isEqualTo(jdbc.queryForObject(
				"select count(*) from proposal_consultation where status = 'HELD' and held_on between ? and ?", Long.class,
				java.sql.Date.valueOf(year.firstDay()), java.sql.Date.valueOf(year.lastDay())));

		// The record stays with the proposal: the group sees it without the summary, staff with it.
		long id = draft(call, lead.id());
		Document proposal = page("/account/proposals/" + id, GROUP_ADMIN);
		assertThat(proposal.select("#proposal-consultations").text()).contains("体操の会場について", "協働 太郎",
				"都市建設局 公園課").doesNotContain("職員だけが読む記録");

		Document missing = html(perform(post("/backoffice/proposals/calls/" + call + "/consultations")
			.param("heldOn", "").param("staffName", "").param("summary", ""), "staff@example.jp"));
		assertThat(missing.select("#heldOn-error").text()).isEqualTo("実施日を入力してください。");
		assertThat(missing.select("#groupId-error").text())
			.isEqualTo("オンラインの申込みがない相談では、団体(groupId)を承認済みの団体から選んでください。");
	}

	private long count(FiscalYear year) throws Exception {
		String text = page("/backoffice/proposals/consultations", "coordinator@example.jp")
			.select("#consultation-counts tr[data-year=" + year.startYear() + "] .count")
			.text();
		return Long.parseLong(text);
	}

	@Test
	void aDraftTakesPdfsAndImagesUpToItsLimitsAndRefusesOtherFiles() throws Exception {
		long call = publishedCall();
		long id = draft(call, leadGroup().id());
		String upload = "/account/proposals/" + id + "/attachments";
		var pdf = mvc.perform(multipart(upload).file(new MockMultipartFile("attachment", "計画書.pdf", "application/pdf", pdf()))
			.with(csrf()).with(user(as(GROUP_ADMIN)))).andReturn();
		assertThat(pdf.getFlashMap().get("done")).isEqualTo("attached");
		var text = mvc.perform(multipart(upload)
			.file(new MockMultipartFile("attachment", "memo.pdf", "application/pdf", "not a pdf".getBytes()))
			.with(csrf()).with(user(as(GROUP_ADMIN)))).andReturn();
		assertThat(text.getFlashMap().get("attachmentError"))
			.isEqualTo("添付ファイル(attachment)は、PDF、または PNG・JPEG・GIF の画像にしてください。");
		var large = mvc.perform(multipart(upload)
			.file(new MockMultipartFile("attachment", "big.pdf", "application/pdf", new byte[10 * 1024 * 1024 + 1]))
			.with(csrf()).with(user(as(GROUP_ADMIN)))).andReturn();
		assertThat(large.getFlashMap().get("attachmentError")).isEqualTo("添付ファイル(attachment)は10MBまでのファイルにしてください。");
		assertThat(jdbc.queryForObject("select count(*) from proposal_attachment where proposal_id = ?", Long.class, id))
			.isEqualTo(1);
		Long attachment = jdbc.queryForObject("select id from proposal_attachment where proposal_id = ?", Long.class, id);
		MockHttpServletResponse download = perform(get(upload + "/" + attachment), GROUP_ADMIN);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
		assertThat(perform(get(upload + "/" + attachment), "staff@example.jp").getStatus())
			.as("staff see attachments of submitted proposals only")
			.isEqualTo(404);
	}

	@Autowired
	ProposalPersonalData personalData;

	@Test
	void aPersonsProposalsAndRequestsAreExportedAndLoseTheirIdWhenTheAccountIsDeleted() throws Exception {
		long call = publishedCall();
		GroupSummary lead = leadGroup();
		long id = draft(call, lead.id());
		perform(post("/proposals/calls/" + call + "/consultations").param("groupId", Long.toString(lead.id()))
			.param("topic", "書き出しの確認 " + id).param("preferredDates", "いつでも"), GROUP_ADMIN);
		var export = personalData.collect(new jp.tomoni.shared.PersonalDataContributor.PersonRef(
				CallIntegrationTests.id(as(GROUP_ADMIN)), GROUP_ADMIN));
		assertThat(export.get("drafted").toString()).contains("id=" + id);
		assertThat(export.get("consultationsRequested").toString()).contains("書き出しの確認 " + id);

		// Another person, who drafted and asked: the records stay with the group, without them.
		long gone = 900_000_000L + id;
		jdbc.update("update proposal set drafted_by = ? where id = ?", gone, id);
		jdbc.update("update proposal_consultation set requested_by = ? where call_id = ?", gone, call);
		personalData.erase(new jp.tomoni.shared.PersonalDataContributor.PersonRef(gone, "gone@example.jp"));
		assertThat(jdbc.queryForObject("select count(*) from proposal where id = ? and drafted_by is null", Long.class, id))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from proposal_consultation where call_id = ? and requested_by is null",
				Long.class, call)).isEqualTo(1);
	}

	@Test
	void theMailPreferencesOfferTheProposalTopic() throws Exception {
		Document preferences = page("/account/notices/mail", GROUP_ADMIN);
		assertThat(preferences.text()).contains("協働事業提案");
		assertThat(preferences.select("input[value=PROPOSALS]")).hasSize(1);
	}

	private static byte[] pdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}
}
