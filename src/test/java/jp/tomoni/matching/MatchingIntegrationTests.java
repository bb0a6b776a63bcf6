package jp.tomoni.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.MembershipView;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Needs and offers through their pages: a group's need is suggested a registered supporter and an offer with the
 * reasons; interest from one side tells the other without any contact detail; when both pressed, each sees the
 * other's contact and nobody else sees the interest; the coordinator's introduction is recorded in the talent bank
 * too; bad input is refused in Japanese on its field; the export carries posts and deletion forgets the person. Each
 * test uses words and people of its own, since the test database is shared.
 */
@TomoniIntegrationTest
class MatchingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GroupMembers members;

	@Autowired
	JdbcTemplate jdbc;

	record Person(long id, String email, UserDetails details) {
	}

	private Person person() {
		String email = "matching-" + System.nanoTime() + "@example.jp";
		accounts.signUp(new SignUpCommand(email, "sakura-no-hana-2026", "結 花子", "ユイ ハナコ", "ゆい"));
		UserDetails details = users.loadUserByUsername(email);
		return new Person(((SignedInPerson) details).accountId(), email, details);
	}

	private Person groupAdmin() {
		UserDetails details = users.loadUserByUsername("group-admin@example.jp");
		return new Person(((SignedInPerson) details).accountId(), "group-admin@example.jp", details);
	}

	private UserDetails coordinator() {
		return users.loadUserByUsername("coordinator@example.jp");
	}

	private long demoGroup(Person admin) {
		return members.membershipsOf(admin.id()).stream()
			.filter(MembershipView::administrator)
			.filter(m -> m.group().status() == GroupStatus.APPROVED)
			.findFirst()
			.orElseThrow()
			.group()
			.id();
	}

	private static String marker() {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			word.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		return word.toString();
	}

	private void register(Person person, String name, String visibility, String skillsText) throws Exception {
		mvc.perform(post("/account/talent").with(csrf()).with(user(person.details())).param("displayName", name)
			.param("skillCodes", "photo").param("skillsText", skillsText).param("modes", "HANDS_ON").param("fee", "FREE")
			.param("visibility", visibility).param("consent", "true").param("fieldCodes", "07")
			.param("areaCodes", "hashimoto")).andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder postForm(Person person, Map<String, String> values, String... kinds) {
		Map<String, String> all = new LinkedHashMap<>(Map.of("side", "NEED", "poster", "self", "title", "公園清掃の記録写真",
				"description", "川沿いの公園清掃の様子を撮影してくれる方を探しています。"));
		all.putAll(values);
		MockHttpServletRequestBuilder request = post("/matching/posts/new").with(csrf()).with(user(person.details()));
		all.forEach(request::param);
		for (String kind : kinds) {
			request.param("kinds", kind);
		}
		return request.param("skillCodes", "photo").param("fieldCodes", "07").param("areaCodes", "hashimoto");
	}

	private long created(MockHttpServletRequestBuilder request) throws Exception {
		String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/matching/posts/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private String page(UserDetails who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long interestOf(long postId) {
		return jdbc.queryForObject("SELECT id FROM match_interest WHERE post_id = ?", Long.class, postId);
	}

	@Test
	void aGroupsNeedMeetsASupporterWithReasonsAndContactIsSharedOnlyWhenBothAgree() throws Exception {
		String word = marker();
		Person admin = groupAdmin();
		Person supporter = person();
		Person hidden = person();
		Person stranger = person();
		register(supporter, "撮影" + word, "MATCHING", word + "の写真撮影");
		register(hidden, "非公開" + word, "STAFF_ONLY", word + "の写真撮影");
		Person offerer = person();
		for (int i = 0; i < 11; i++) {
			// Offers that share more with the need than the supporter can: they do not crowd the supporter out.
			created(postForm(offerer, Map.of("side", "OFFER", "title", word + "の公園清掃の記録写真を撮ります" + i), "SKILLS",
					"PEOPLE"));
		}
		long postId = created(postForm(admin, Map.of("poster", Long.toString(demoGroup(admin)), "title",
				word + "の公園清掃の記録写真"), "SKILLS"));

		String postPage = page(admin.details(), "/matching/posts/" + postId);
		assertThat(postPage).contains("撮影" + word).doesNotContain("非公開" + word)
			.contains("同じスキル：写真・動画", "同じ分野：環境の保全", "同じ地域：橋本", "共通の言葉：" + word,
					"求める・申し出るものが合う：知識・技術")
			.doesNotContain(supporter.email());
		assertThat(page(stranger.details(), "/matching/posts/" + postId)).doesNotContain("撮影" + word);
		long entryId = jdbc.queryForObject("SELECT id FROM talent_entry WHERE account_id = ?", Long.class,
				supporter.id());

		mvc.perform(post("/matching/posts/" + postId + "/interest").with(csrf()).with(user(admin.details()))
			.param("type", "TALENT").param("target", Long.toString(entryId))).andExpect(status().is3xxRedirection());
		long interestId = interestOf(postId);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE account_id = ? AND link = ?", Integer.class,
				supporter.id(), "/matching/interests/" + interestId)).isEqualTo(1);
		assertThat(page(supporter.details(), "/matching/interests/" + interestId)).doesNotContain(admin.email())
			.contains("関心あり");
		assertThat(page(admin.details(), "/matching/interests/" + interestId)).doesNotContain(supporter.email());
		mvc.perform(get("/matching/interests/" + interestId).with(user(stranger.details())))
			.andExpect(status().isForbidden());
		mvc.perform(post("/matching/interests/" + interestId + "/interest").with(csrf()).with(user(stranger.details())))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT counterpart_side_at FROM match_interest WHERE id = ?",
				java.sql.Timestamp.class, interestId)).isNull();

		mvc.perform(post("/matching/interests/" + interestId + "/interest").with(csrf()).with(user(supporter.details())))
			.andExpect(status().is3xxRedirection());
		assertThat(page(supporter.details(), "/matching/interests/" + interestId)).contains(admin.email());
		assertThat(page(admin.details(), "/matching/interests/" + interestId)).contains(supporter.email());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE account_id = ? AND subject LIKE ?",
				Integer.class, supporter.id(), "%連絡先が共有されました%")).isEqualTo(1);

		assertThat(page(coordinator(), "/backoffice/matching")).contains(word + "の公園清掃の記録写真");
		mvc.perform(post("/backoffice/matching/interests/" + interestId + "/introduce").with(csrf())
			.with(user(coordinator())).param("note", "撮影の打合せを設定")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM talent_introduction WHERE entry_id = ? AND match_post_id = ?", Integer.class,
				entryId, postId)).isEqualTo(1);
		assertThat(page(admin.details(), "/matching/interests/" + interestId)).contains("コーディネーターが紹介しました");
		assertThat(page(coordinator(), "/backoffice/matching?introduced=true")).contains(word + "の公園清掃の記録写真");
	}

	@Test
	void anOfferIsSuggestedForANeedAndTheOtherPostsAuthorCanAnswer() throws Exception {
		String word = marker();
		Person needer = person();
		Person offerer = person();
		LocalDate start = LocalDate.now().plusDays(10);
		long need = created(postForm(needer, Map.of("title", word + "の清掃の人手", "startsOn", start.toString(),
				"endsOn", start.plusDays(30).toString()), "PEOPLE"));
		long offer = created(postForm(offerer, Map.of("side", "OFFER", "title", word + "の清掃を手伝いたい", "startsOn",
				start.plusDays(5).toString()), "PEOPLE"));

		String needPage = page(needer.details(), "/matching/posts/" + need);
		assertThat(needPage).contains(word + "の清掃を手伝いたい", "求める・申し出るものが合う：人手", "期間が重なる");
		String offererView = page(offerer.details(), "/matching/posts/" + need);
		assertThat(offererView).contains("わたしの投稿「" + word + "の清掃を手伝いたい」で関心あり");

		mvc.perform(post("/matching/posts/" + need + "/answer").with(csrf()).with(user(offerer.details()))
			.param("type", "POST").param("as", Long.toString(offer))).andExpect(status().is3xxRedirection());
		long interestId = interestOf(need);
		// From the offer's own page the same interest is answered, not a second one begun.
		mvc.perform(post("/matching/posts/" + offer + "/interest").with(csrf()).with(user(offerer.details()))
			.param("type", "POST").param("target", Long.toString(need))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM match_interest WHERE post_id IN (?, ?)", Integer.class,
				need, offer)).isEqualTo(1);
		mvc.perform(post("/matching/posts/" + need + "/interest").with(csrf()).with(user(needer.details()))
			.param("type", "POST").param("target", Long.toString(offer))).andExpect(status().is3xxRedirection());
		assertThat(page(needer.details(), "/matching/interests/" + interestId)).contains(offerer.email());
		assertThat(page(needer.details(), "/account/matching")).contains(word + "の清掃の人手");
	}

	@Test
	void badInputIsRefusedInJapaneseOnItsFieldAndNothingIsPosted() throws Exception {
		String word = marker();
		Person person = person();
		String noKind = mvc.perform(postForm(person, Map.of("title", word))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(noKind).contains("求める・申し出るもの").contains(word);
		String past = mvc.perform(postForm(person, Map.of("title", word, "endsOn", "2020-01-01"), "PEOPLE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(past).contains("期間(終了日)が過ぎています。");
		String badDate = mvc.perform(postForm(person, Map.of("title", word, "startsOn", "2026-02-31"), "PEOPLE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(badDate).contains("日付は「2026-12-01」の形で入力してください。");
		String notTheirGroup = mvc.perform(postForm(person, Map.of("title", word, "poster",
				Long.toString(demoGroup(groupAdmin()))), "PEOPLE")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(notTheirGroup).contains("管理者になっている団体としてだけ投稿できます。");
		String asCity = mvc.perform(postForm(person, Map.of("title", word, "poster", "city"), "PEOPLE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(asCity).contains("市として投稿できるのは");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM match_post WHERE account_id = ?", Integer.class,
				person.id())).isZero();
		mvc.perform(get("/matching/posts/999999999")).andExpect(status().isNotFound());
	}

	@Test
	void theExportCarriesThePostsAndDeletingTheAccountForgetsThePerson() throws Exception {
		String word = marker();
		Person person = person();
		long postId = created(postForm(person, Map.of("title", word + "の書き出し"), "GOODS"));
		assertThat(mvc.perform(get("/matching")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains(word + "の書き出し");
		String export = mvc.perform(get("/account/data/export").with(user(person.details()))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).contains("\"matching\"").contains(word + "の書き出し");
		mvc.perform(post("/account/delete").with(csrf()).with(user(person.details()))
			.param("password", "sakura-no-hana-2026")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM match_post WHERE id = ?", Integer.class, postId)).isZero();
		assertThat(List.of(mvc.perform(get("/matching?q=" + word)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8))).noneMatch(p -> p.contains(word + "の書き出し"));
	}
}
