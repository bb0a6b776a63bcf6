package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators keep the kinds of group and the areas: create, rename, reorder, retire, and deletion refused in use. */
@TomoniIntegrationTest
class GroupLifecycleMasterDataIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GroupDirectory directory;

	@Autowired
	Areas areas;

	private static String suffix() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return text.toString();
	}

	private UserDetails admin() {
		return users.loadUserByUsername("admin@example.jp");
	}

	private String registrationForm() throws Exception {
		return mvc.perform(get("/account/groups/new").with(user(users.loadUserByUsername("citizen@example.jp"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void registerWith(String kindCode, String areaCode) throws Exception {
		mvc.perform(post("/account/groups/new").with(csrf())
			.with(user(users.loadUserByUsername("citizen@example.jp")))
			.param("name", "マスタ利用の会" + suffix())
			.param("nameKana", "ますたりようのかい")
			.param("kindCode", kindCode)
			.param("fieldCodes", "03")
			.param("areaCodes", areaCode)
			.param("purpose", "まちづくりに取り組みます。")
			.param("contactEmailVisibility", "STAFF")
			.param("contactPhoneVisibility", "STAFF")).andExpect(redirectedUrl("/account/groups"));
	}

	@Test
	void anAdministratorAddsRenamesReordersRetiresAndDeletesAKindOfGroup() throws Exception {
		String code = "kind-" + suffix();
		// Bad input is refused in Japanese, naming the field.
		mvc.perform(post("/admin/group-kinds").with(csrf()).with(user(admin()))
			.param("code", "Sports Club").param("category", "PURPOSE").param("name", "スポーツクラブ").param("nameEn", "Sports club"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("コードは半角の英小文字、数字、ハイフンで40文字以内で入力してください")));
		mvc.perform(post("/admin/group-kinds").with(csrf()).with(user(admin()))
			.param("code", "volunteer-group").param("category", "PURPOSE").param("name", "重複").param("nameEn", "Duplicate"))
			.andExpect(content().string(Matchers.containsString("このコードはすでに使われています。")));
		mvc.perform(post("/admin/group-kinds").with(csrf()).with(user(admin()))
			.param("code", code).param("category", "PURPOSE").param("name", " ").param("nameEn", "Sports club"))
			.andExpect(content().string(Matchers.containsString("名前(日本語)を入力してください。")));
		assertThat(directory.kinds()).extracting(GroupKindView::code).doesNotContain(code);

		mvc.perform(post("/admin/group-kinds").with(csrf()).with(user(admin()))
			.param("code", code).param("category", "PURPOSE").param("name", "スポーツクラブ").param("nameEn", "Sports club"))
			.andExpect(redirectedUrl("/admin/group-kinds"));
		List<String> codes = directory.kinds().stream().map(GroupKindView::code).toList();
		assertThat(codes).last().isEqualTo(code);
		assertThat(registrationForm()).contains("value=\"" + code + "\"");

		// Renamed and moved up one place.
		mvc.perform(post("/admin/group-kinds/" + code).with(csrf()).with(user(admin()))
			.param("name", "スポーツ少年団").param("nameEn", "Youth sports club")).andExpect(redirectedUrl("/admin/group-kinds"));
		mvc.perform(post("/admin/group-kinds/" + code + "/move").with(csrf()).with(user(admin())).param("direction", "up"))
			.andExpect(redirectedUrl("/admin/group-kinds"));
		List<GroupKindView> kinds = directory.kinds();
		assertThat(kinds.get(kinds.size() - 2).code()).isEqualTo(code);
		assertThat(kinds.get(kinds.size() - 2).name()).isEqualTo("スポーツ少年団");
		// Presets are not renamed.
		mvc.perform(post("/admin/group-kinds/volunteer-group").with(csrf()).with(user(admin()))
			.param("name", "別名").param("nameEn", "Other"))
			.andExpect(flash().attribute("refusal", Matchers.startsWith("標準の種類の名前は変更できません。")));
		assertThat(directory.kinds()).extracting(GroupKindView::name).doesNotContain("別名");

		// In use, it cannot be deleted; retired, it is no longer offered but still names its group.
		registerWith(code, "hashimoto");
		mvc.perform(post("/admin/group-kinds/" + code + "/delete").with(csrf()).with(user(admin())))
			.andExpect(redirectedUrl("/admin/group-kinds"))
			.andExpect(flash().attribute("refusal", "この種類は1団体が使っているため削除できません。使わなくなった種類は廃止してください。"));
		mvc.perform(post("/admin/group-kinds/volunteer-group/delete").with(csrf()).with(user(admin())))
			.andExpect(flash().attribute("refusal", "標準の種類は削除できません。使わない場合は廃止してください。"));
		mvc.perform(post("/admin/group-kinds/" + code + "/retire").with(csrf()).with(user(admin())))
			.andExpect(redirectedUrl("/admin/group-kinds"));
		assertThat(registrationForm()).doesNotContain("value=\"" + code + "\"");
		assertThat(directory.kinds()).extracting(GroupKindView::code).contains(code);
		mvc.perform(get("/admin/group-kinds").with(user(admin())))
			.andExpect(content().string(Matchers.containsString("スポーツ少年団")));
		mvc.perform(post("/admin/group-kinds/" + code + "/restore").with(csrf()).with(user(admin())));
		assertThat(registrationForm()).contains("value=\"" + code + "\"");

		// An unused kind of the municipality's own is deleted.
		String unused = "kind-" + suffix();
		mvc.perform(post("/admin/group-kinds").with(csrf()).with(user(admin()))
			.param("code", unused).param("category", "OTHER").param("name", "未使用").param("nameEn", "Unused"));
		mvc.perform(post("/admin/group-kinds/" + unused + "/delete").with(csrf()).with(user(admin())))
			.andExpect(flash().attribute("done", "deleted"));
		assertThat(directory.kinds()).extracting(GroupKindView::code).doesNotContain(unused);
	}

	@Test
	void anAdministratorAddsRenamesRetiresAnAreaAndCannotDeleteOneInUse() throws Exception {
		String code = "area-" + suffix();
		mvc.perform(post("/admin/areas").with(csrf()).with(user(admin()))
			.param("code", "新地区").param("name", "新地区").param("nameKana", "しんちく").param("kind", "DISTRICT").param("parentCode", "midori"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("コードは半角の英小文字、数字、ハイフンで40文字以内で入力してください")));
		mvc.perform(post("/admin/areas").with(csrf()).with(user(admin()))
			.param("code", code).param("name", "新地区").param("nameKana", "Shinchiku").param("kind", "DISTRICT").param("parentCode", "midori"))
			.andExpect(content().string(Matchers.containsString("フリガナはひらがなまたはカタカナで、200文字以内で入力してください。")));
		mvc.perform(post("/admin/areas").with(csrf()).with(user(admin()))
			.param("code", code).param("name", "新地区").param("nameKana", "しんちく").param("kind", "DISTRICT").param("parentCode", "hashimoto"))
			.andExpect(content().string(Matchers.containsString("属する区を一覧から選んでください。")));
		mvc.perform(post("/admin/areas").with(csrf()).with(user(admin()))
			.param("code", "hashimoto").param("name", "重複").param("nameKana", "ちょうふく").param("kind", "DISTRICT").param("parentCode", "midori"))
			.andExpect(content().string(Matchers.containsString("このコードはすでに使われています。")));
		assertThat(areas.find(code)).isEmpty();

		mvc.perform(post("/admin/areas").with(csrf()).with(user(admin()))
			.param("code", code).param("name", "新地区").param("nameKana", "しんちく").param("kind", "DISTRICT").param("parentCode", "midori"))
			.andExpect(redirectedUrl("/admin/areas"));
		assertThat(areas.find(code)).get().extracting(AreaView::nameKana, AreaView::parentCode)
			.containsExactly("シンチク", "midori");
		mvc.perform(post("/admin/areas/" + code).with(csrf()).with(user(admin()))
			.param("name", "新しい地区").param("nameKana", "アタラシイチク")).andExpect(redirectedUrl("/admin/areas"));
		assertThat(areas.find(code)).get().extracting(AreaView::name).isEqualTo("新しい地区");
		List<String> before = areas.all().stream().map(AreaView::code).toList();
		mvc.perform(post("/admin/areas/" + code + "/move").with(csrf()).with(user(admin())).param("direction", "up"));
		List<String> after = areas.all().stream().map(AreaView::code).toList();
		assertThat(after.indexOf(code)).isEqualTo(before.indexOf(code) - 1);
		assertThat(registrationForm()).contains("value=\"" + code + "\"");

		registerWith("volunteer-group", code);
		mvc.perform(post("/admin/areas/" + code + "/delete").with(csrf()).with(user(admin())))
			.andExpect(flash().attribute("refusal", "この地域は1団体が使っているため削除できません。使わなくなった地域は廃止してください。"));
		mvc.perform(post("/admin/areas/" + code + "/retire").with(csrf()).with(user(admin())))
			.andExpect(redirectedUrl("/admin/areas"));
		assertThat(registrationForm()).doesNotContain("value=\"" + code + "\"");
		assertThat(areas.find(code)).isPresent();
		assertThat(areas.retiredCodes()).contains(code);

		// A ward with districts is not deleted; an unused district is.
		String ward = "ward-" + suffix();
		String district = "district-" + suffix();
		mvc.perform(post("/admin/areas").with(csrf()).with(user(admin()))
			.param("code", ward).param("name", "北区").param("nameKana", "キタク").param("kind", "WARD").param("parentCode", ""));
		mvc.perform(post("/admin/areas").with(csrf()).with(user(admin()))
			.param("code", district).param("name", "北地区").param("nameKana", "キタチク").param("kind", "DISTRICT").param("parentCode", ward));
		mvc.perform(post("/admin/areas/" + ward + "/delete").with(csrf()).with(user(admin())))
			.andExpect(flash().attribute("refusal", "この区には地区があるため削除できません。先に地区を削除するか、区を廃止してください。"));
		mvc.perform(post("/admin/areas/" + district + "/delete").with(csrf()).with(user(admin())))
			.andExpect(flash().attribute("done", "deleted"));
		mvc.perform(post("/admin/areas/" + ward + "/delete").with(csrf()).with(user(admin())))
			.andExpect(flash().attribute("done", "deleted"));
		assertThat(areas.find(ward)).isEmpty();
	}

	@Test
	void coordinatorsAndResidentsCannotChangeMasterData() throws Exception {
		for (String email : List.of("coordinator@example.jp", "citizen@example.jp")) {
			UserDetails person = users.loadUserByUsername(email);
			mvc.perform(post("/admin/areas").with(csrf()).with(user(person)).param("code", "x-" + suffix()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/group-kinds/volunteer-group/retire").with(csrf()).with(user(person)))
				.andExpect(status().isForbidden());
		}
	}
}
