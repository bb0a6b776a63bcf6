package jp.tomoni.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The talent bank through its pages: registering needs explicit consent and valid choices (refused in Japanese on the
 * field, nothing saved); who sees an entry follows the holder's choice; withdrawing hides it at once from the
 * coordinators' search, the suggestions and the public list; a coordinator's view of an entry is audited and shows the
 * contact, which no public page does; an introduction tells the supporter; the export carries the entry and deletion
 * removes it. Each test registers people of its own with a marker word, since the test database is shared.
 */
@TomoniIntegrationTest
class TalentBankIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TalentBank bank;

	@Autowired
	JdbcTemplate jdbc;

	record Person(long id, String email, UserDetails details) {
	}

	private Person person() {
		String email = "supporter-" + System.nanoTime() + "@example.jp";
		accounts.signUp(new SignUpCommand(email, "sakura-no-hana-2026", "協働 花子", "キョウドウ ハナコ", "はなこ"));
		UserDetails details = users.loadUserByUsername(email);
		return new Person(((SignedInPerson) details).accountId(), email, details);
	}

	private static String marker() {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			word.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		return word.toString();
	}

	private UserDetails staff() {
		return users.loadUserByUsername("coordinator@example.jp");
	}

	private MockHttpServletRequestBuilder register(Person person, Map<String, String> values, String... skills) {
		Map<String, String> all = new LinkedHashMap<>(Map.of("displayName", "はなこ", "skillsText", "写真撮影と動画編集",
				"modes", "HANDS_ON", "fee", "FREE", "visibility", "MATCHING", "consent", "true"));
		all.putAll(values);
		MockHttpServletRequestBuilder request = post("/account/talent").with(csrf()).with(user(person.details()));
		all.forEach((k, v) -> {
			if (!v.isEmpty()) {
				request.param(k, v);
			}
		});
		request.param("fieldCodes", "03").param("areaCodes", "hashimoto");
		for (String skill : skills) {
			request.param("skillCodes", skill);
		}
		return request;
	}

	private String page(UserDetails who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String anonymous(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void registeringNeedsConsentAndValidChoicesAndNothingIsSavedWhenRefused() throws Exception {
		Person person = person();
		String withoutConsent = mvc.perform(register(person, Map.of("consent", ""), "photo"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(withoutConsent).contains("登録するには「同意します」にチェックを入れてください。");
		String badSkill = mvc.perform(register(person, Map.of(), "no-such-skill")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(badSkill).contains("スキル「no-such-skill」は一覧にありません。");
		String noMode = mvc.perform(register(person, Map.of("modes", ""), "photo")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(noMode).contains("関わり方");
		assertThat(bank.mine(person.id())).isEmpty();

		mvc.perform(register(person, Map.of(), "photo")).andExpect(redirectedUrl("/account/talent"));
		assertThat(bank.mine(person.id())).isPresent();
		assertThat(page(person.details(), "/account/talent")).contains("登録中です");
	}

	@Test
	void whoSeesAnEntryFollowsTheHoldersChoiceAndWithdrawingHidesItAtOnce() throws Exception {
		String word = marker();
		Person matching = person();
		Person publicly = person();
		Person staffOnly = person();
		mvc.perform(register(matching, Map.of("displayName", "候補" + word, "skillsText", word + "の撮影"), "photo"))
			.andExpect(redirectedUrl("/account/talent"));
		mvc.perform(register(publicly, Map.of("displayName", "公開" + word, "skillsText", word + "の撮影",
				"visibility", "PUBLIC"), "photo")).andExpect(redirectedUrl("/account/talent"));
		mvc.perform(register(staffOnly, Map.of("displayName", "職員" + word, "skillsText", word + "の撮影",
				"visibility", "STAFF_ONLY"), "photo")).andExpect(redirectedUrl("/account/talent"));

		String search = page(staff(), "/backoffice/talent?q=" + word);
		assertThat(search).contains("候補" + word, "公開" + word, "職員" + word).contains("3 件");
		assertThat(suggested(word)).containsExactlyInAnyOrder("候補" + word, "公開" + word);
		String publicList = anonymous("/talent?q=" + word);
		assertThat(publicList).contains("公開" + word).doesNotContain("候補" + word, "職員" + word)
			.doesNotContain(publicly.email());

		mvc.perform(post("/account/talent/withdraw").with(csrf()).with(user(publicly.details())))
			.andExpect(redirectedUrl("/account/talent"));
		assertThat(page(staff(), "/backoffice/talent?q=" + word)).doesNotContain("公開" + word).contains("2 件");
		assertThat(suggested(word)).containsExactly("候補" + word);
		assertThat(anonymous("/talent?q=" + word)).doesNotContain("公開" + word);
		assertThat(page(publicly.details(), "/account/talent")).contains("同意を取り消したため");

		mvc.perform(register(publicly, Map.of("displayName", "公開" + word, "skillsText", word + "の撮影",
				"visibility", "PUBLIC"), "photo")).andExpect(redirectedUrl("/account/talent"));
		assertThat(anonymous("/talent?q=" + word)).contains("公開" + word);
	}

	private List<String> suggested(String word) {
		return bank.suggestions(new TalentBank.Criteria(Set.of(), Set.of(), Set.of(), List.of(word)), 10)
			.stream()
			.map(TalentBank.Candidate::displayName)
			.toList();
	}

	@Test
	void suggestionsRankBySharedFieldsSkillsAreasAndWords() throws Exception {
		String word = marker();
		Person close = person();
		Person far = person();
		mvc.perform(register(close, Map.of("displayName", "近い" + word, "skillsText", word), "photo", "design"))
			.andExpect(redirectedUrl("/account/talent"));
		MockHttpServletRequestBuilder farRequest = post("/account/talent").with(csrf()).with(user(far.details()))
			.param("displayName", "遠い" + word).param("skillsText", word).param("modes", "ADVISE")
			.param("fee", "FREE").param("visibility", "MATCHING").param("consent", "true").param("fieldCodes", "13")
			.param("areaCodes", "midori").param("skillCodes", "accounting");
		mvc.perform(farRequest).andExpect(redirectedUrl("/account/talent"));

		List<TalentBank.Candidate> candidates = bank.suggestions(new TalentBank.Criteria(Set.of("photo"),
				Set.of("03"), Set.of("hashimoto"), List.of(word)), 10);
		assertThat(candidates).extracting(TalentBank.Candidate::displayName).startsWith("近い" + word)
			.contains("遠い" + word);
		assertThat(candidates.get(0).score()).isGreaterThan(
				candidates.stream().filter(c -> c.displayName().equals("遠い" + word)).findFirst().orElseThrow()
					.score());
	}

	@Test
	void aCoordinatorsViewIsAuditedAndAnIntroductionTellsTheSupporter() throws Exception {
		String word = marker();
		Person person = person();
		mvc.perform(register(person, Map.of("displayName", "紹介" + word), "photo"))
			.andExpect(redirectedUrl("/account/talent"));
		long id = bank.mine(person.id()).orElseThrow().id();
		int audits = jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'talent.viewed' AND record_id = ?", Integer.class,
				Long.toString(id));

		assertThat(page(staff(), "/backoffice/talent/" + id)).contains(person.email());
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE action = 'talent.viewed' AND record_id = ?", Integer.class,
				Long.toString(id))).isEqualTo(audits + 1);
		mvc.perform(get("/backoffice/talent/" + id).with(user(person.details()))).andExpect(status().isForbidden());

		mvc.perform(post("/backoffice/talent/" + id + "/introductions").with(csrf()).with(user(staff()))
			.param("kind", "DISPATCH").param("recipient", "橋本地区自治会").param("purpose", "夏祭りの記録撮影")
			.param("introducedOn", LocalDate.now().toString())).andExpect(redirectedUrl("/backoffice/talent/" + id));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE account_id = ? AND topic = 'TALENT'",
				Integer.class, person.id())).isEqualTo(1);
		assertThat(page(person.details(), "/account/talent")).contains("橋本地区自治会", "夏祭りの記録撮影", "結果待ち");

		long introductionId = jdbc.queryForObject("SELECT id FROM talent_introduction WHERE entry_id = ?", Long.class,
				id);
		mvc.perform(post("/backoffice/talent/introductions/" + introductionId).with(csrf()).with(user(staff()))
			.param("outcome", "MATCHED").param("note", "当日撮影した")).andExpect(redirectedUrl("/backoffice/talent/" + id));
		assertThat(page(person.details(), "/account/talent")).contains("成立");

		String badDate = mvc.perform(post("/backoffice/talent/" + id + "/introductions").with(csrf())
			.with(user(staff())).param("recipient", "x").param("purpose", "y").param("introducedOn", "2026-13-40"))
			.andReturn().getFlashMap().get("refusal").toString();
		assertThat(badDate).isEqualTo("talent.introduction.date.invalid");
	}

	@Test
	void theExportCarriesTheEntryAndDeletingTheAccountRemovesIt() throws Exception {
		String word = marker();
		Person person = person();
		mvc.perform(register(person, Map.of("displayName", "書出" + word), "photo"))
			.andExpect(redirectedUrl("/account/talent"));
		String export = mvc.perform(get("/account/data/export").with(user(person.details()))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).contains("\"talent\"").contains("書出" + word).contains("写真撮影と動画編集");

		mvc.perform(post("/account/delete").with(csrf()).with(user(person.details()))
			.param("password", "sakura-no-hana-2026")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM talent_entry WHERE account_id = ?", Integer.class,
				person.id())).isZero();
		assertThat(page(staff(), "/backoffice/talent?q=" + word)).doesNotContain("書出" + word);
	}
}
