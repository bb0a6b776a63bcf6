package jp.tomoni.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.audit.AuditEntryView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditQuery;
import jp.tomoni.groups.GroupCommand;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.Visibility;
import jp.tomoni.shared.SignedInPerson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The evaluation of a project (PDS cycle): each group's administrator records the self- and mutual evaluation for
 * their own group only (another party's is refused, 403), staff record for the city, a reviewer records the
 * committee's third-party evaluation, refusals name the field in Japanese and keep what was typed, only staff publish
 * and only once complete, the public page exists only once published, and nothing changes afterwards.
 */
@TomoniIntegrationTest
class EvaluationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GroupDirectory directory;

	@Autowired
	Projects projects;

	@Autowired
	Evaluations evaluations;

	@Autowired
	CollaborationPrinciples principles;

	@Autowired
	AuditLog auditLog;

	private record Admin(String email, long groupId, String groupName) {
	}

	/** A fresh resident who registers a group, approved, and so administers it. */
	private Admin admin(String m, String suffix) {
		String email = "evaluation-" + m + suffix + "@example.jp";
		accounts.signUp(new SignUpCommand(email, "sakura-no-hana-2026", "評価 花子", "ヒョウカ ハナコ", "ひょうか"));
		long account = ((SignedInPerson) users.loadUserByUsername(email)).accountId();
		String name = "評価の会" + m + suffix;
		long group = directory.register(account, new GroupCommand(name, "ヒョウカノカイ", "volunteer-group", null,
				Set.of("03"), Set.of("hashimoto"), "花壇の会です。", null, null, null, false, null, null, Visibility.PUBLIC,
				null, Visibility.PUBLIC));
		directory.approve(group);
		return new Admin(email, group, name);
	}

	private MvcResult as(String email, MockHttpServletRequestBuilder request) throws Exception {
		UserDetails person = users.loadUserByUsername(email);
		return mvc.perform(request.with(user(person)).with(csrf())).andReturn();
	}

	private MvcResult visitor(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	private static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private MockHttpServletRequestBuilder party(long id, int index, String achievements, int... ratings) {
		MockHttpServletRequestBuilder request = post("/account/projects/" + id + "/evaluation/parties/" + index)
			.param("achievements", achievements)
			.param("rating", "ACHIEVED")
			.param("comments", "");
		int n = evaluations.principles().size();
		for (int i = 0; i < n; i++) {
			request.param("principleRatings", i < ratings.length ? Integer.toString(ratings[i]) : "");
			request.param("principleComments", "原則" + i + "についてのコメント");
		}
		return request;
	}

	private int[] fours() {
		int[] ratings = new int[evaluations.principles().size()];
		java.util.Arrays.fill(ratings, 4);
		return ratings;
	}

	@Test
	void partiesTheCommitteeAndStaffRecordAndPublishTheEvaluation() throws Exception {
		String m = Long.toString(System.nanoTime(), 36);
		Admin a = admin(m, "a");
		Admin b = admin(m, "b");
		long id = projects.register(new ProjectCommand("評価する協働" + m, "花壇の手入れ", "co-hosting", null, true,
				"civic-collaboration", Set.of("03"), null, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31),
				ProjectOrigin.DIRECT, null, ProjectStatus.FINISHED,
				List.of(new ProjectPartner(a.groupId(), a.groupName(), PartnerKind.GROUP, "花壇の手入れ", null),
						new ProjectPartner(b.groupId(), b.groupName(), PartnerKind.GROUP, "参加者の募集", null))));
		String evaluation = "/account/projects/" + id + "/evaluation";
		assertThat(visitor(get("/projects/" + id + "/evaluation")).getResponse().getStatus()).isEqualTo(404);
		assertThat(html(visitor(get("/projects/" + id))).select("#evaluation-link")).isEmpty();

		// the public page leads the parties (not visitors, nor other groups) to the recording page
		assertThat(html(as(a.email(), get("/projects/" + id))).select("#evaluation-record-link")).hasSize(1);
		assertThat(html(as("group-admin@example.jp", get("/projects/" + id))).select("#evaluation-record-link")).isEmpty();
		assertThat(html(visitor(get("/projects/" + id))).select("#evaluation-record-link")).isEmpty();

		// object-level: each administrator for their own group only; a group that is no party sees nothing
		Document overview = html(as(a.email(), get(evaluation)));
		assertThat(overview.select("#record-party-0")).hasSize(1);
		assertThat(overview.select("#record-party-1, #record-party-2, #record-committee, #publish-evaluation")).isEmpty();
		assertThat(as(a.email(), party(id, 1, "他の団体の評価", fours())).getResponse().getStatus()).isEqualTo(403);
		assertThat(as(a.email(), party(id, 2, "市の評価", fours())).getResponse().getStatus()).isEqualTo(403);
		assertThat(as(a.email(), get(evaluation + "/parties/1")).getResponse().getStatus()).isEqualTo(403);
		assertThat(as("group-admin@example.jp", get(evaluation)).getResponse().getStatus()).isEqualTo(403);
		assertThat(as(a.email(), post(evaluation + "/committee").param("assessment", "x")).getResponse().getStatus())
			.isEqualTo(403);

		// a principle left unrated is refused, naming it, and what was typed stays
		int[] missingFirst = fours();
		missingFirst[0] = 0;
		Document refused = html(as(a.email(), party(id, 0, "花壇を12回手入れした" + m, missingFirst)));
		String first = evaluations.principles().getFirst().name();
		assertThat(refused.select(".error-summary").text()).contains("相互評価: 「" + first + "」の評価を1から5で選んでください。");
		assertThat(refused.select("#achievements").text()).isEqualTo("花壇を12回手入れした" + m);
		assertThat(refused.select("#principle-comment-0").text()).isEqualTo("原則0についてのコメント");
		Document blank = html(as(a.email(), party(id, 0, "", fours())));
		assertThat(blank.select(".error-summary").text()).contains("計画に対する成果を入力してください");

		assertThat(as(a.email(), party(id, 0, "花壇を12回手入れした" + m, fours())).getResponse().getRedirectedUrl())
			.isEqualTo(evaluation);
		as(b.email(), party(id, 1, "参加者を40人集めた" + m, fours()));

		// publishing needs every party and the committee
		MvcResult early = as("staff@example.jp", post("/backoffice/projects/" + id + "/evaluation/publish"));
		assertThat((String) early.getFlashMap().get("refusal")).contains("評価を公開できません", "の自己評価・相互評価がまだ記録されていません");
		as("staff@example.jp", party(id, 2, "場所と広報を提供した" + m, fours()));
		MvcResult noCommittee = as("staff@example.jp", post("/backoffice/projects/" + id + "/evaluation/publish"));
		assertThat((String) noCommittee.getFlashMap().get("refusal")).contains("委員会の第三者評価がまだ記録されていません");

		Document committeeRefused = html(as("reviewer@example.jp", post(evaluation + "/committee")
			.param("assessment", "地域に根づいた事業である" + m).param("residentsOpinions", "").param("conclusion", "CONTINUE")
			.param("reasons", "")));
		assertThat(committeeRefused.select(".error-summary").text()).contains("市民の意見の反映を入力してください",
				"結論の理由を入力してください");
		assertThat(committeeRefused.select("#assessment").text()).isEqualTo("地域に根づいた事業である" + m);
		as("reviewer@example.jp", post(evaluation + "/committee").param("assessment", "地域に根づいた事業である" + m)
			.param("residentsOpinions", "利用者アンケートを反映した").param("conclusion", "CONTINUE")
			.param("reasons", "参加者が増えているため"));

		assertThat(as("reviewer@example.jp", post("/backoffice/projects/" + id + "/evaluation/publish")).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(as(a.email(), post("/backoffice/projects/" + id + "/evaluation/publish")).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(visitor(get("/projects/" + id + "/evaluation")).getResponse().getStatus()).isEqualTo(404);
		assertThat(html(as("staff@example.jp", get(evaluation))).select("#publish-evaluation")).hasSize(1);
		MvcResult published = as("staff@example.jp", post("/backoffice/projects/" + id + "/evaluation/publish"));
		assertThat(published.getFlashMap().get("refusal")).isNull();

		Document page = html(visitor(get("/projects/" + id + "/evaluation")));
		assertThat(page.text()).contains("花壇を12回手入れした" + m, "参加者を40人集めた" + m, "場所と広報を提供した" + m,
				"地域に根づいた事業である" + m, "利用者アンケートを反映した", "参加者が増えているため", a.groupName(), b.groupName());
		assertThat(page.select("#committee-conclusion").text()).isEqualTo("継続");
		assertThat(page.select("#party-0-principles tbody tr")).hasSize(evaluations.principles().size());
		assertThat(html(visitor(get("/projects/" + id))).select("#evaluation-link")).hasSize(1);
		assertThat(html(as(a.email(), get("/projects/" + id))).select("#evaluation-record-link")).isEmpty();

		// nothing changes once published
		Document locked = html(as(a.email(), party(id, 0, "書き換え" + m, fours())));
		assertThat(locked.select(".error-summary").text()).contains("評価はすでに公開されているため、変更できません。");
		assertThat(html(visitor(get("/projects/" + id + "/evaluation"))).text()).doesNotContain("書き換え" + m);
		assertThat(auditLog.search(new AuditQuery(null, null, "project", id + "/evaluation", null, null), 0, 10)
			.getContent()).extracting(AuditEntryView::action)
			.contains("project.evaluation.committee", "project.evaluation.published");
	}

	@Test
	void eachPrincipleCountsTheRatingsThatNameIt() throws Exception {
		String code = evaluations.principles().getFirst().code();
		String m = Long.toString(System.nanoTime(), 36);
		long id = projects.register(new ProjectCommand("原則を数える協働" + m, "x", "co-hosting", null, true,
				"civic-collaboration", Set.of("03"), null, LocalDate.of(2025, 4, 1), null, ProjectOrigin.DIRECT, null,
				ProjectStatus.RUNNING, List.of(new ProjectPartner(null, "外部の会" + m, PartnerKind.OTHER, "広報", null))));
		long before = principles.uses().getOrDefault(code, 0L);
		as("staff@example.jp", party(id, 0, "外部の会の評価", fours()));
		as("staff@example.jp", party(id, 1, "市の評価", fours()));
		as("staff@example.jp", party(id, 1, "市の評価(直し)", fours()));
		assertThat(principles.uses().get(code)).isEqualTo(before + 2);
	}
}
