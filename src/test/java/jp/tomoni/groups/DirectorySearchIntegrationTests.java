package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.search.Highlighter;
import jp.tomoni.search.Highlighter.Part;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The directory's search beyond the basics of {@link GroupDirectoryIntegrationTests}: counts and facets that follow
 * every change although they are cached, かな and カナ alike in the n-grams, highlighted matches, deep pages.
 */
@TomoniIntegrationTest
class DirectorySearchIntegrationTests {

	@Autowired
	GroupDirectory directory;

	@Autowired
	Highlighter highlighter;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	private static String unique() {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			word.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		return word.toString();
	}

	private long citizen() {
		return ((SignedInPerson) users.loadUserByUsername("citizen@example.jp")).accountId();
	}

	private long approved(String name, String kind, String purpose) {
		long id = directory.register(citizen(),
				new GroupCommand(name, "テスト", kind, null, Set.of("13"), Set.of("hashimoto"), purpose, null, null, null,
						false, null, null, Visibility.PUBLIC, null, Visibility.PUBLIC));
		directory.approve(id);
		return id;
	}

	private DirectoryResult search(String q, boolean withFacets) {
		return directory.search(new DirectoryQuery(q, null, null, null, false, null, 0, 20, withFacets));
	}

	@Test
	void countsAndFacetsFollowEveryChangeAlthoughTheyAreCached() {
		String word = unique();
		assertThat(search(word, true).total()).isZero();
		assertThat(search(word, false).total()).isZero();

		approved(word + "の会", "volunteer-group", "地域の集まりです。");

		DirectoryResult withFacets = search(word, true);
		assertThat(withFacets.total()).isEqualTo(1);
		assertThat(withFacets.facets().get("kind")).containsEntry("volunteer-group", 1L);
		assertThat(search(word, false).total()).isEqualTo(1);

		approved(word + "協議会", "community-council", "地域の集まりです。");
		assertThat(search(word, true).facets().get("kind")).containsEntry("volunteer-group", 1L)
			.containsEntry("community-council", 1L);
		assertThat(search(word, false).total()).isEqualTo(2);
	}

	@Test
	void hiraganaFindsKatakanaThroughTheNgramsAndKatakanaFindsHiragana() {
		String katakana = unique();
		String hiragana = new StringBuilder().appendCodePoint(0x3042 + ThreadLocalRandom.current().nextInt(40))
			.appendCodePoint(0x3042 + ThreadLocalRandom.current().nextInt(40))
			.appendCodePoint(0x3042 + ThreadLocalRandom.current().nextInt(40))
			.appendCodePoint(0x3042 + ThreadLocalRandom.current().nextInt(40))
			.toString();
		long first = approved("合唱団" + katakana, "volunteer-group", "歌の会です。");
		long second = approved("ひろば" + hiragana, "volunteer-group", "集いの場です。");

		String katakanaAsHiragana = katakana.codePoints()
			.map(cp -> cp - 0x60)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		String hiraganaAsKatakana = hiragana.codePoints()
			.map(cp -> cp + 0x60)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		assertThat(search(katakanaAsHiragana, false).items()).extracting(GroupSummary::id).contains(first);
		assertThat(search(hiraganaAsKatakana, false).items()).extracting(GroupSummary::id).contains(second);
	}

	@Test
	void highlightsTheWordsTheirSynonymsWidthsAndReadings() {
		assertThat(marked(highlighter.parts("子育て支援の会", "こそだて"))).containsExactly("子育て");
		assertThat(marked(highlighter.parts("スポーツ交流クラブ", "ｽﾎﾟｰﾂ"))).containsExactly("スポーツ");
		assertThat(marked(highlighter.parts("子供食堂と学習支援", "子ども"))).containsExactly("子供");
		assertThat(marked(highlighter.parts("NPOの相談会", "ＮＰＯ 相談"))).containsExactly("NPO", "相談");
		assertThat(highlighter.parts("見守り活動", "")).containsExactly(new Part("見守り活動", false));
		assertThat(highlighter.parts("見守り活動", "防災")).containsExactly(new Part("見守り活動", false));
		assertThat(String.join("", highlighter.parts("防災と見守りの会", "見守り").stream().map(Part::text).toList()))
			.isEqualTo("防災と見守りの会");
	}

	@Test
	void theDirectoryPageMarksMatchesAndEscapesScript() throws Exception {
		String word = unique();
		approved("<script>alert(1)</script>" + word, "volunteer-group", word + "の活動です。");
		String html = mvc.perform(get("/groups").param("q", word))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<mark>" + word + "</mark>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void deepPagesAreServed() {
		DirectoryResult all = directory.search(new DirectoryQuery("", null, null, null, false, "kana", 0, 1, false));
		int last = (int) all.total() - 1;
		DirectoryResult lastPage = directory
			.search(new DirectoryQuery("", null, null, null, false, "kana", last, 1, false));
		assertThat(lastPage.items()).hasSize(1);
		assertThat(directory.search(new DirectoryQuery("", null, null, null, false, "kana", last + 1, 1, false)).items())
			.isEmpty();
	}

	@Test
	void cursorPagesFollowTheGojuonOrderAtAnyDepthAndTheIndexStartsAtAKana() throws Exception {
		String word = unique();
		long first = approvedWithKana(word + "一", "ア カ");
		long second = approvedWithKana(word + "二", "アカ");
		long third = approvedWithKana(word + "三", "イ");
		long fourth = approvedWithKana(word + "四", "ガッコウ");

		DirectoryResult page = directory
			.search(new DirectoryQuery(word, null, null, null, null, null, false, null, 0, 2, false, "あ"));
		assertThat(page.items()).extracting(GroupSummary::id).containsExactly(first, second);
		assertThat(page.total()).isEqualTo(4);
		assertThat(page.next()).isNotNull();
		DirectoryResult following = directory
			.search(new DirectoryQuery(word, null, null, null, null, null, false, null, 0, 2, false, page.next()));
		assertThat(following.items()).extracting(GroupSummary::id).containsExactly(third, fourth);
		assertThat(directory
			.search(new DirectoryQuery(word, null, null, null, null, null, false, null, 0, 20, false, "か"))
			.items()).extracting(GroupSummary::id).containsExactly(fourth);

		mvc.perform(get("/api/groups").param("q", word).param("after", "い").param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items[0].id")
				.value(third))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.next").isString());
		String html = mvc.perform(get("/groups").param("q", word).param("sort", "kana").param("after", "か"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("<mark>" + word + "</mark>四").doesNotContain("<mark>" + word + "</mark>一");
	}

	@Test
	void pageNumbersStopAtTheResultWindowWithAMessageNamingTheField() throws Exception {
		mvc.perform(get("/api/groups").param("page", "500").param("size", "20"))
			.andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field").value("page"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
				.value(org.hamcrest.Matchers.containsString("after")));
		mvc.perform(get("/api/groups").param("page", "499").param("size", "20")).andExpect(status().isOk());
		mvc.perform(get("/groups").param("page", "100000")).andExpect(status().isOk());
	}

	private long approvedWithKana(String name, String kana) {
		long id = directory.register(citizen(),
				new GroupCommand(name, kana, "volunteer-group", null, Set.of("13"), Set.of("hashimoto"), "集いです。", null, null,
						null, false, null, null, Visibility.PUBLIC, null, Visibility.PUBLIC));
		directory.approve(id);
		return id;
	}

	private static List<String> marked(List<Part> parts) {
		return parts.stream().filter(Part::marked).map(Part::text).toList();
	}
}
