package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.shared.SignedInPerson;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Registration, review, visibility of contact details, Japanese search and the API of the group directory. */
@TomoniIntegrationTest
class GroupDirectoryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GroupDirectory directory;

	@Autowired
	MailOutbox outbox;

	private static String unique() {
		// Katakana letters only, so the name is one word Kuromoji will not split on digits.
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			suffix.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		return suffix.toString();
	}

	private static MockHttpServletRequestBuilder groupForm(MockHttpServletRequestBuilder request, String name) {
		return request.with(csrf())
			.param("name", name)
			.param("nameKana", "こそだてさーくる")
			.param("kindCode", "volunteer-group")
			.param("corporateNumber", "")
			.param("fieldCodes", "13", "01")
			.param("areaCodes", "hashimoto")
			.param("purpose", "子育て中の親子が集える居場所をつくります。")
			.param("activities", "親子サロン")
			.param("offers", "")
			.param("seeks", "ボランティア")
			.param("acceptsVolunteers", "true")
			.param("website", "https://example.jp/")
			.param("contactEmail", "staff-only@example.jp")
			.param("contactEmailVisibility", "STAFF")
			.param("contactPhone", "042-111-2222")
			.param("contactPhoneVisibility", "SIGNED_IN");
	}

	private long register(UserDetails owner, String name) throws Exception {
		mvc.perform(groupForm(post("/account/groups/new"), name).with(user(owner))).andExpect(redirectedUrl("/account/groups"));
		return directory.groupsOf(((SignedInPerson) owner).accountId())
			.stream()
			.filter(g -> g.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private List<Long> apiSearch(String q) throws Exception {
		String body = mvc.perform(get("/api/groups").param("q", q).param("size", "100"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return com.jayway.jsonpath.JsonPath.<List<Integer>>read(body, "$.items[*].id").stream().map(Integer::longValue).toList();
	}

	@Test
	void aGroupIsRegisteredReturnedResubmittedApprovedAndThenFound() throws Exception {
		UserDetails citizen = users.loadUserByUsername("citizen@example.jp");
		UserDetails coordinator = users.loadUserByUsername("coordinator@example.jp");
		String name = "子育てサークル" + unique();
		long id = register(citizen, name);

		// 仮登録: not public yet.
		mvc.perform(get("/groups/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/groups/" + id)).andExpect(status().isNotFound());
		assertThat(apiSearch(name)).doesNotContain(id);
		assertThat(directory.pending()).extracting(GroupSummary::id).contains(id);

		// The coordinator must give a reason to return it.
		mvc.perform(post("/backoffice/groups/" + id + "/return").with(csrf()).with(user(coordinator)).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("差し戻しの理由を入力してください。")));
		mvc.perform(post("/backoffice/groups/" + id + "/return").with(csrf()).with(user(coordinator))
			.param("reason", "活動地域をもう一度ご確認ください。")).andExpect(redirectedUrl("/backoffice/groups"));
		assertThat(outbox.list("citizen@example.jp", 0, 1).getContent().getFirst().body())
			.contains(name, "活動地域をもう一度ご確認ください。");

		// The applicant sees the reason, corrects and resubmits.
		mvc.perform(get("/account/groups/" + id + "/edit").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("活動地域をもう一度ご確認ください。")));
		mvc.perform(groupForm(post("/account/groups/" + id + "/edit"), name).param("areaCodes", "hashimoto", "osawa")
			.with(user(citizen))).andExpect(redirectedUrl("/account/groups"));
		assertThat(directory.pending()).extracting(GroupSummary::id).contains(id);

		mvc.perform(post("/backoffice/groups/" + id + "/approve").with(csrf()).with(user(coordinator)))
			.andExpect(redirectedUrl("/backoffice/groups"));

		// 本登録: public, found by name, by a かな query, by a synonym, and by facets.
		assertThat(apiSearch(name)).contains(id);
		assertThat(apiSearch("こそだて")).contains(id);
		assertThat(apiSearch("育児")).contains(id);
		DirectoryResult byArea = directory.search(new DirectoryQuery(null, "volunteer-group", "13", "osawa", true, null, 0, 100, true));
		assertThat(byArea.items()).extracting(GroupSummary::id).contains(id);
		assertThat(byArea.facets().get("kind")).containsKey("volunteer-group");
		assertThat(byArea.facets().get("field")).containsKeys("13", "01");
		// The page marks what matched: the かな query marks the kanji it reads as.
		mvc.perform(get("/groups").param("q", "こそだて"))
			.andExpect(content().string(Matchers.containsString("<mark>子育て</mark>" + name.substring("子育て".length()))));
	}

	@Test
	void contactDetailsReachOnlyTheViewersTheirVisibilityAllows() throws Exception {
		UserDetails citizen = users.loadUserByUsername("citizen@example.jp");
		String name = "連絡先テスト" + unique();
		long id = register(citizen, name);
		directory.approve(id);

		mvc.perform(get("/groups/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("staff-only@example.jp"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("042-111-2222"))))
			.andExpect(content().string(Matchers.containsString("application/ld+json")));
		mvc.perform(get("/api/groups/" + id))
			.andExpect(jsonPath("$.contactEmail").doesNotExist())
			.andExpect(jsonPath("$.contactPhone").doesNotExist())
			.andExpect(jsonPath("$.group.name").value(name));
		mvc.perform(get("/groups/" + id).with(user(users.loadUserByUsername("member@example.jp"))))
			.andExpect(content().string(Matchers.containsString("042-111-2222")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("staff-only@example.jp"))));
		mvc.perform(get("/groups/" + id).with(user(users.loadUserByUsername("coordinator@example.jp"))))
			.andExpect(content().string(Matchers.containsString("staff-only@example.jp")));
		mvc.perform(get("/groups/" + id).with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("staff-only@example.jp")));
		mvc.perform(get("/account/data/export").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("groupsYouAdminister")))
			.andExpect(content().string(Matchers.containsString(name)));
	}

	@Test
	void theExportHasThePublicFieldsOfPublicGroupsOnly() throws Exception {
		UserDetails citizen = users.loadUserByUsername("citizen@example.jp");
		String approved = "書き出し公開" + unique();
		String pending = "書き出し審査中" + unique();
		directory.approve(register(citizen, approved));
		register(citizen, pending);

		var csv = mvc.perform(get("/groups/export.csv"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", Matchers.containsString("attachment")))
			.andReturn()
			.getResponse();
		byte[] bytes = csv.getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text.lines().findFirst().orElseThrow()).contains("団体名", "団体名フリガナ", "活動分野", "連絡先メールアドレス");
		assertThat(text).contains(approved, "子どもの健全育成", "橋本").doesNotContain(pending, "staff-only@example.jp", "042-111-2222");

		mvc.perform(get("/groups/export.json"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(approved)))
			.andExpect(content().string(Matchers.not(Matchers.containsString(pending))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("staff-only@example.jp"))));
	}

	@Test
	void aGroupAdministratorCannotEditAnotherGroup() throws Exception {
		long id = register(users.loadUserByUsername("citizen@example.jp"), "他人の団体" + unique());
		UserDetails other = users.loadUserByUsername("member@example.jp");
		mvc.perform(get("/account/groups/" + id + "/edit").with(user(other))).andExpect(status().isNotFound());
		mvc.perform(groupForm(post("/account/groups/" + id + "/edit"), "乗っ取り").with(user(other)))
			.andExpect(status().isNotFound());
		assertThat(directory.profile(id, new Viewer(null, true)).summary().name()).doesNotContain("乗っ取り");
	}

	@Test
	void badInputIsRefusedWithJapaneseMessagesAndNothingIsSaved() throws Exception {
		UserDetails citizen = users.loadUserByUsername("citizen@example.jp");
		int before = directory.groupsOf(((SignedInPerson) citizen).accountId()).size();
		mvc.perform(groupForm(post("/account/groups/new"), "番号違い").param("corporateNumber", "6000012050002").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("法人番号は13桁で、チェックディジットが正しい番号を入力してください。")));
		mvc.perform(groupForm(post("/account/groups/new"), "分野違い").param("fieldCodes", "99").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("活動分野に、一覧にない値(99)が含まれています。")));
		mvc.perform(groupForm(post("/account/groups/new"), "地域違い").param("areaCodes", "atlantis").with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("活動地域に、一覧にない値(atlantis)が含まれています。")));
		mvc.perform(groupForm(post("/account/groups/new"), "").param("fieldCodes", new String[0]).param("nameKana", "Sakura")
			.with(user(citizen)))
			.andExpect(content().string(Matchers.containsString("団体名を入力してください。")))
			.andExpect(content().string(Matchers.containsString("団体名のフリガナはひらがなまたはカタカナで入力してください。")));
		assertThat(directory.groupsOf(((SignedInPerson) citizen).accountId())).hasSize(before);
	}

	@Test
	void scriptInATextFieldIsStoredAsTextAndShownEscaped() throws Exception {
		UserDetails citizen = users.loadUserByUsername("citizen@example.jp");
		long id = register(citizen, "<script>alert(1)</script>" + unique());
		directory.approve(id);
		mvc.perform(get("/groups/" + id))
			.andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(Matchers.containsString("\\u003cscript>alert(1)\\u003c/script>")));
	}

	@Test
	void theApiRefusesPageSizesOutOfRangeInJapanese() throws Exception {
		mvc.perform(get("/api/groups").param("size", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("1ページの件数(size)は1から100までの数を指定してください。"))
			.andExpect(jsonPath("$.field").value("size"));
		mvc.perform(get("/api/groups").param("size", "0")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/groups").param("page", "-1")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/groups").param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items.length()").value(Matchers.lessThanOrEqualTo(5)));
	}

	@Test
	void reviewersAndResidentsCannotReview() throws Exception {
		long id = register(users.loadUserByUsername("citizen@example.jp"), "審査権限" + unique());
		for (String email : List.of("reviewer@example.jp", "citizen@example.jp", "group-admin@example.jp")) {
			mvc.perform(post("/backoffice/groups/" + id + "/approve").with(csrf()).with(user(users.loadUserByUsername(email))))
				.andExpect(status().isForbidden());
		}
		assertThat(directory.pending()).extracting(GroupSummary::id).contains(id);
	}
}
