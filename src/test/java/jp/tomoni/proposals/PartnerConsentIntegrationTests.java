package jp.tomoni.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.groups.GroupCommand;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.groups.Visibility;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.PersonalDataContributor.PersonRef;
import jp.tomoni.shared.SignedInPerson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Co-proposing groups consent before a joint proposal is submitted (decision 0074): a group named on another group's
 * draft is told, its administrator reads the draft and consents; until then the submission is refused naming the
 * group, and nothing is submitted; only that group's administrator consents, and only while the draft is open.
 */
@TomoniIntegrationTest
class PartnerConsentIntegrationTests {

	static final String PARTNER_ADMIN = "group-admin@example.jp";

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
	ProposalPersonalData personalData;

	@Autowired
	Clock clock;

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String email) throws Exception {
		return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(email)))).andReturn().getResponse();
	}

	private Document html(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private long id(String email) {
		return ((SignedInPerson) users.loadUserByUsername(email)).accountId();
	}

	@Test
	void aNamedGroupConsentsBeforeTheJointProposalIsSubmitted() throws Exception {
		// A lead group of its own, administered by a fresh resident; the partner is a demonstration group.
		String marker = Long.toString(System.nanoTime(), 36);
		String lead = "consent-" + marker + "@example.jp";
		accounts.signUp(new SignUpCommand(lead, "sakura-no-hana-2026", "同意 一郎", "ドウイ イチロウ", "どうい"));
		long leadGroup = groups.register(id(lead), new GroupCommand("提案の会" + marker, "テイアンノカイ",
				"volunteer-group", null, Set.of("03"), Set.of("hashimoto"), "公園の会です。", null, null, null, false, null,
				null, Visibility.PUBLIC, null, Visibility.PUBLIC));
		groups.approve(leadGroup);
		GroupSummary partner = groups.groupsOf(id(PARTNER_ADMIN))
			.stream()
			.filter(g -> g.status() == GroupStatus.APPROVED)
			.findFirst()
			.orElseThrow();
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));
		MockHttpServletResponse created = perform(CallIntegrationTests.callForm(post("/backoffice/proposals/calls/new"),
				"共同提案の募集 " + marker, id("reviewer@example.jp"), today, Map.of()), "staff@example.jp");
		long call = Long.parseLong(created.getRedirectedUrl().replaceAll(".*/calls/(\\d+).*", "$1"));
		perform(post("/backoffice/proposals/calls/" + call + "/publish"), "staff@example.jp");
		MockHttpServletResponse drafted = perform(
				post("/proposals/calls/" + call + "/proposals").param("groupId", Long.toString(leadGroup)), lead);
		long proposal = Long.parseLong(drafted.getRedirectedUrl().replaceAll(".*/proposals/(\\d+)/edit", "$1"));

		// Named: the partner's administrator is told, finds the draft among their proposals and reads it.
		perform(ProposalIntegrationTests.complete(post("/account/proposals/" + proposal + "/edit"), partner.id()), lead);
		assertThat(jdbc.queryForObject("select count(*) from notice where account_id = ? and link = ?", Long.class,
				id(PARTNER_ADMIN), "/account/proposals/" + proposal)).isEqualTo(1);
		assertThat(html(perform(get("/account/proposals"), PARTNER_ADMIN)).select("a[href=/account/proposals/"
				+ proposal + "]")).hasSize(1);
		Document named = html(perform(get("/account/proposals/" + proposal), PARTNER_ADMIN));
		assertThat(named.select("#consents li[data-group-id=" + partner.id() + "]").attr("data-confirmed"))
			.isEqualTo("false");
		assertThat(named.select("#consent-" + partner.id())).hasSize(1);
		assertThat(named.select("#edit-proposal")).as("the co-proposer reads, the lead edits").isEmpty();

		// Without the consent the submission is refused, naming the group; nothing is submitted.
		Document refused = html(perform(ProposalIntegrationTests.complete(post("/account/proposals/" + proposal + "/edit"),
				partner.id()).param("action", "submit"), lead));
		assertThat(refused.select(".error-summary li").eachText())
			.anyMatch(t -> t.contains(partner.name() + "の同意がまだありません"));
		assertThat(status(proposal)).isEqualTo("DRAFT");

		// Only the named group's administrator consents: the lead's administrator cannot for it.
		assertThat(perform(post("/account/proposals/" + proposal + "/consent").param("groupId",
				Long.toString(partner.id())), lead).getStatus()).isEqualTo(404);
		perform(post("/account/proposals/" + proposal + "/consent").param("groupId", Long.toString(partner.id())),
				PARTNER_ADMIN);
		assertThat(jdbc.queryForObject("select count(*) from notice where account_id = ? and subject like ?",
				Long.class, id(lead), "%共同提案に同意しました%")).isEqualTo(1);
		perform(ProposalIntegrationTests.complete(post("/account/proposals/" + proposal + "/edit"), partner.id())
			.param("action", "submit"), lead);
		assertThat(status(proposal)).isEqualTo("SUBMITTED");
		assertThat(jdbc.queryForList("select action from audit_entry where record_type = 'proposal' and record_id = ?",
				String.class, Long.toString(proposal))).contains("proposal.partner-consented:" + partner.id());

		// Submitted: nothing more to consent to.
		assertThat(html(perform(get("/account/proposals/" + proposal), PARTNER_ADMIN))
			.select("#consents li[data-group-id=" + partner.id() + "]").attr("data-confirmed")).isEqualTo("true");

		// The consent is in the partner administrator's export and loses its giver with the account.
		assertThat(personalData.collect(new PersonRef(id(PARTNER_ADMIN), PARTNER_ADMIN)).get("coProposalConsents")
			.toString()).contains("proposalId=" + proposal);
	}

	private String status(long proposal) {
		return jdbc.queryForObject("select status from proposal where id = ?", String.class, proposal);
	}
}
