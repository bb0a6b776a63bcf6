package jp.tomoni.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators extend the dictionary; searches use a new group at once, with no re-index. */
@TomoniIntegrationTest
class SynonymDictionaryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SynonymDictionary dictionary;

	@Autowired
	AccountManagement accounts;

	private java.util.List<String> names(String query) {
		return accounts.search(query, null, 0, 20).getContent().stream().map(AccountView::fullName).toList();
	}

	@Test
	void aGroupAddedByAnAdministratorWidensSearchesAtOnce() throws Exception {
		assertThat(names("広場")).doesNotContain("代表 由美");

		mvc.perform(post("/admin/synonyms").with(csrf()).with(user("admin").roles("ADMIN")).param("terms", "広場、ひろば"))
			.andExpect(redirectedUrl("/admin/synonyms"));
		assertThat(names("広場")).contains("代表 由美", "会員 翔");

		long id = dictionary.groups().stream().filter(g -> g.terms().contains("広場")).findFirst().orElseThrow().id();
		mvc.perform(post("/admin/synonyms/" + id + "/delete").with(csrf()).with(user("admin").roles("ADMIN")));
		assertThat(names("広場")).doesNotContain("代表 由美");
	}

	@Test
	void hiraganaAndKatakanaSpellingsFindTheSameGroup() {
		assertThat(dictionary.equivalentsOf("コドモ")).contains("子ども", "子供", "こども");
		assertThat(dictionary.equivalentsOf("ＮＰＯ")).contains("npo法人", "特定非営利活動法人");
	}

	@Test
	void aWordTypedInKanaFindsTheGroupOfTheKanjiItReads() {
		assertThat(dictionary.equivalentsOf("びじゅつ")).contains("美術", "アート");
		assertThat(dictionary.equivalentsOf("しんさい")).contains("震災", "地震");
	}

	@Test
	void spellingsOfOneWordAreTheWordItselfAndOtherWordsAreSynonyms() {
		assertThat(SynonymDictionary.sameWord("子供", "子ども")).isTrue();
		assertThat(SynonymDictionary.sameWord("子供", "こども")).isTrue();
		assertThat(SynonymDictionary.sameWord("子供", "児童")).isFalse();
		assertThat(SynonymDictionary.sameWord("セミナー", "講座")).isFalse();
	}

	@Test
	void presetsCannotBeRemovedAndAGroupNeedsTwoWords() throws Exception {
		long preset = dictionary.groups().stream().filter(SynonymGroupView::preset).findFirst().orElseThrow().id();
		assertThat(dictionary.remove(preset)).isFalse();
		mvc.perform(post("/admin/synonyms").with(csrf()).with(user("admin").roles("ADMIN")).param("terms", "ひとつだけ"))
			.andExpect(content().string(Matchers.containsString("同じ意味の言葉は、2つ以上を区切って入力してください。")));
		mvc.perform(post("/admin/synonyms").with(csrf()).with(user("admin").roles("ADMIN")).param("terms", "あ,".repeat(600)))
			.andExpect(content().string(Matchers.containsString("全体で1000文字以内")));
	}
}
