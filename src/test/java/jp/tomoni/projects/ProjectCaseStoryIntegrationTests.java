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
 * A finished project becomes a case story (decision 0073): staff start a draft pre-filled from the project (and from
 * the committee's assessment once the evaluation is published), which they open and go on writing in the news pages;
 * a second click opens the same story; a project not finished is refused in Japanese; coordinators only read.
 */
@TomoniIntegrationTest
class ProjectCaseStoryIntegrationTests {

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
	AuditLog auditLog;

	private MvcResult as(String email, MockHttpServletRequestBuilder request) throws Exception {
		UserDetails person = users.loadUserByUsername(email);
		return mvc.perform(request.with(user(person)).with(csrf())).andReturn();
	}

	private static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private long group(String m) {
		String email = "case-story-" + m + "@example.jp";
		accounts.signUp(new SignUpCommand(email, "sakura-no-hana-2026", "事例 花子", "ジレイ ハナコ", "じれい"));
		long account = ((SignedInPerson) users.loadUserByUsername(email)).accountId();
		long group = directory.register(account, new GroupCommand("事例の会" + m, "ジレイノカイ", "volunteer-group", null,
				Set.of("03"), Set.of("hashimoto"), "花壇の会です。", null, null, null, false, null, null, Visibility.PUBLIC,
				null, Visibility.PUBLIC));
		directory.approve(group);
		return group;
	}

	private long project(String m, long groupId, ProjectStatus status) {
		return projects.register(new ProjectCommand("駅前花壇の協働" + m, "駅前の花壇を一年かけて整えた" + m, "co-hosting", null,
				true, "civic-collaboration", Set.of("03"), null, LocalDate.of(2025, 4, 1),
				status == ProjectStatus.FINISHED ? LocalDate.of(2026, 3, 31) : null, ProjectOrigin.DIRECT, null, status,
				List.of(new ProjectPartner(groupId, "事例の会" + m, PartnerKind.GROUP, "花壇の手入れ", null),
						new ProjectPartner(null, "駅前商店会" + m, PartnerKind.OTHER, "苗の提供", null))));
	}

	/** Every party and the committee record, and staff publish the evaluation. */
	private void publishEvaluation(long id, String assessment) {
		EvaluationActor staff = new EvaluationActor(((SignedInPerson) users.loadUserByUsername("staff@example.jp"))
			.accountId(), Set.of(), true, false);
		List<PartyEvaluationCommand.Rating> ratings = evaluations.principles()
			.stream()
			.map(p -> new PartyEvaluationCommand.Rating(p.code(), 4, ""))
			.toList();
		for (int i = 0; i < 3; i++) {
			evaluations.recordParty(id, i, new PartyEvaluationCommand("成果", SelfRating.ACHIEVED, "", ratings), staff);
		}
		evaluations.recordCommittee(id, assessment, "アンケートを反映した", EvaluationConclusion.CONTINUE, "好評のため", staff);
		evaluations.publish(id, staff);
	}

	@Test
	void staffTurnAFinishedProjectIntoADraftTheyGoOnWriting() throws Exception {
		String m = Long.toString(System.nanoTime(), 36);
		long groupId = group(m);
		long id = project(m, groupId, ProjectStatus.FINISHED);
		publishEvaluation(id, "地域の人が集まる場になった" + m);
		String page = "/backoffice/projects/" + id;

		Document before = html(as("staff@example.jp", get(page)));
		assertThat(before.select("#start-case-story")).hasSize(1);
		assertThat(before.select("#open-case-story")).isEmpty();
		assertThat(html(as("coordinator@example.jp", get(page))).select("#start-case-story")).isEmpty();

		MvcResult started = as("staff@example.jp", post(page + "/case-story"));
		String edit = started.getResponse().getRedirectedUrl();
		assertThat(edit).matches("/account/stories/\\d+/edit");
		long storyId = Long.parseLong(edit.replaceAll("\\D", ""));

		// the draft is the staff member's, pre-filled from the project and its published evaluation
		Document form = html(as("staff@example.jp", get(edit)));
		assertThat(form.select("#title").val()).isEqualTo("駅前花壇の協働" + m);
		assertThat(form.select("#partners").text()).contains("・事例の会" + m + ":花壇の手入れ", "・駅前商店会" + m + ":苗の提供");
		assertThat(form.select("#whatWasDone").text()).isEqualTo("駅前の花壇を一年かけて整えた" + m);
		assertThat(form.select("#effect").text()).isEqualTo("地域の人が集まる場になった" + m);
		assertThat(form.select("input[name=fieldCodes][value=03]").hasAttr("checked")).isTrue();
		assertThat(form.select("input[name=groupIds][value=" + groupId + "]").hasAttr("checked")).isTrue();
		assertThat(html(as("staff@example.jp", get("/account/stories"))).select("#story-row-" + storyId + " .story-status")
			.text()).isEqualTo("下書き");

		// and goes on writing it
		MvcResult saved = as("staff@example.jp", post(edit).param("title", "駅前花壇の協働" + m)
			.param("partners", "事例の会と駅前商店会" + m).param("whatWasDone", "花壇を整えた").param("effect", "人が集まった")
			.param("wentWell", "商店会の協力" + m).param("fieldCodes", "03").param("groupIds", Long.toString(groupId)));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/account/stories");
		assertThat(html(as("staff@example.jp", get("/account/stories/" + storyId))).text()).contains("商店会の協力" + m);
		// nobody else sees the draft, nor may a staff member start a blank story
		assertThat(as("reporter@example.jp", get("/account/stories/" + storyId)).getResponse().getStatus()).isEqualTo(404);
		assertThat(as("admin@example.jp", get("/account/stories/" + storyId)).getResponse().getStatus()).isEqualTo(404);
		assertThat(as("staff@example.jp", get("/account/stories/new")).getResponse().getStatus()).isEqualTo(403);

		// the project opens the story; a second attempt gives the same one
		Document after = html(as("staff@example.jp", get(page)));
		assertThat(after.select("#start-case-story")).isEmpty();
		assertThat(after.select("#open-case-story").attr("href")).isEqualTo(edit);
		assertThat(after.select("#case-story-status").text()).contains("下書き", "協働推進課");
		Document otherStaff = html(as("admin@example.jp", get(page)));
		assertThat(otherStaff.select("#start-case-story, #open-case-story")).isEmpty();
		assertThat(otherStaff.select("#case-story-status").text()).contains("下書き");
		assertThat(as("staff@example.jp", post(page + "/case-story")).getResponse().getRedirectedUrl()).isEqualTo(edit);
		assertThat(as("admin@example.jp", post(page + "/case-story")).getResponse().getRedirectedUrl()).isEqualTo(edit);

		assertThat(auditLog.search(new AuditQuery(null, null, "project", id + "/case-story/" + storyId, null, null), 0, 10)
			.getContent()).extracting(AuditEntryView::action)
			.containsExactly("project.case-story.started");
	}

	@Test
	void aProjectNotFinishedIsRefused() throws Exception {
		String m = Long.toString(System.nanoTime(), 36);
		long id = project(m, group(m), ProjectStatus.RUNNING);
		String page = "/backoffice/projects/" + id;
		assertThat(html(as("staff@example.jp", get(page))).select("#case-story-hint").text())
			.isEqualTo("協働事例は、事業が終了してから作成できます。");

		MvcResult refused = as("staff@example.jp", post(page + "/case-story"));
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(page);
		assertThat((String) refused.getFlashMap().get("refusal"))
			.isEqualTo("状態: 協働事例を作成できるのは、終了した協働事業だけです。");
		assertThat(html(as("staff@example.jp", get(page))).select("#start-case-story, #open-case-story")).isEmpty();
		assertThat(as("coordinator@example.jp", post(page + "/case-story")).getResponse().getStatus()).isEqualTo(403);
		assertThat(as("staff@example.jp", post("/backoffice/projects/999999/case-story")).getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void withoutAPublishedEvaluationTheEffectIsLeftToTheAuthor() throws Exception {
		String m = Long.toString(System.nanoTime(), 36);
		long id = project(m, group(m), ProjectStatus.FINISHED);
		String edit = as("admin@example.jp", post("/backoffice/projects/" + id + "/case-story")).getResponse()
			.getRedirectedUrl();
		Document form = html(as("admin@example.jp", get(edit)));
		assertThat(form.select("#whatWasDone").text()).isEqualTo("駅前の花壇を一年かけて整えた" + m);
		assertThat(form.select("#effect").text()).isEmpty();
	}
}
