package jp.tomoni.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.shared.Role;
import jp.tomoni.shared.SignedInPerson;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the register of projects holds about a member of staff (decision 0073): the agreement versions they generated
 * and the evaluations they recorded and published are in their export; once the account is deleted they stay — the
 * agreement and the published evaluation read as before — but no longer name nor point to the person.
 */
@TomoniIntegrationTest
class ProjectPersonalDataIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Projects projects;

	@Autowired
	Agreements agreements;

	@Autowired
	Evaluations evaluations;

	@Autowired
	JdbcTemplate jdbc;

	private long account(String email) {
		return ((SignedInPerson) users.loadUserByUsername(email)).accountId();
	}

	private String page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user(users.loadUserByUsername("staff@example.jp"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).text();
	}

	@Test
	void agreementsAndEvaluationsAreExportedAndNoLongerNameTheirAuthorOnceTheAccountIsDeleted() throws Exception {
		String m = Long.toString(System.nanoTime(), 36);
		String email = "leaving-staff-" + m + "@example.jp";
		accounts.signUp(new SignUpCommand(email, "sakura-no-hana-2026", "職員 去子", "ショクイン サリコ", "去る職員" + m));
		long staff = account(email);
		accounts.assignRoles(staff, EnumSet.of(Role.CITIZEN, Role.CITY_STAFF), account("admin@example.jp"));
		long id = projects.register(new ProjectCommand("書き出す協働" + m, "x", "co-hosting", null, false, null,
				Set.of("03"), null, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), ProjectOrigin.DIRECT, null,
				ProjectStatus.FINISHED, List.of(new ProjectPartner(null, "外部の会" + m, PartnerKind.OTHER, "広報", null))));

		agreements.generate(id, new AgreementTerms("花壇を整える", List.of(new AgreementTerms.Party("外部の会" + m, "広報")),
				"各自負担", LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), "目的の範囲で扱う", "年度末に報告",
				"協議の上で解除", LocalDate.of(2025, 3, 20)), staff, "去る職員" + m);
		EvaluationActor actor = new EvaluationActor(staff, Set.of(), true, false);
		List<PartyEvaluationCommand.Rating> ratings = evaluations.principles()
			.stream()
			.map(p -> new PartyEvaluationCommand.Rating(p.code(), 4, ""))
			.toList();
		evaluations.recordParty(id, 0,
				new PartyEvaluationCommand("広報を12回行った" + m, SelfRating.ACHIEVED, "", ratings), actor);
		evaluations.recordCommittee(id, "よく広まった" + m, "アンケート", EvaluationConclusion.CONTINUE, "好評", actor);
		evaluations.publish(id, actor);

		String export = accounts.exportPersonalData(staff).get("projects").toString();
		assertThat(export).contains("projectId=" + id, "project=書き出す協働" + m, "agreementVersion=1",
				"generatedByName=去る職員" + m, "achievements=広報を12回行った" + m, "assessment=よく広まった" + m,
				"publishedEvaluation=true");

		accounts.deleteAccount(staff, "sakura-no-hana-2026");
		assertThat(jdbc.queryForObject("select count(*) from project_agreement where project_id = ?"
				+ " and generated_by is null and generated_by_name = '退会した職員'", Long.class, id)).isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from project_party_evaluation where project_id = ? and recorded_by is null", Long.class, id))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from project_evaluation where project_id = ?"
				+ " and committee_recorded_by is null and published_by is null", Long.class, id)).isEqualTo(1);
		assertThat(page("/backoffice/projects/" + id + "/agreement")).contains("退会した職員")
			.doesNotContain("去る職員" + m);
		assertThat(page("/projects/" + id + "/evaluation")).contains("広報を12回行った" + m, "よく広まった" + m);
	}
}
