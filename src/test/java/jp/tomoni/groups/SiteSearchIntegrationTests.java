package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.search.SearchSource;
import jp.tomoni.search.SiteSearch;
import jp.tomoni.shared.SignedInPerson;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search box of every page: every kind counted, each kind's best hits, one kind paged; only public things; the
 * same Japanese matching as the directory; refusals that name the parameter. Here with the directory's groups, the
 * kind every installation has.
 */
@TomoniIntegrationTest
class SiteSearchIntegrationTests {

	@Autowired
	GroupDirectory directory;

	@Autowired
	SiteSearch search;

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

	private long group(String name, boolean approve) {
		long citizen = ((SignedInPerson) users.loadUserByUsername("citizen@example.jp")).accountId();
		long id = directory.register(citizen,
				new GroupCommand(name, "テスト", "volunteer-group", null, Set.of("13"), Set.of("hashimoto"),
						"子育て中の親子が集まる会です。", null, null, null, false, null, null, Visibility.PUBLIC, null,
						Visibility.PUBLIC));
		if (approve) {
			directory.approve(id);
		}
		return id;
	}

	@Test
	void findsApprovedGroupsOnlyCountedByKindWithTheirBestHits() {
		String word = unique();
		long approved = group(word + "子育てひろば", true);
		group(word + "未承認の会", false);

		SiteSearch.Result result = search.search(word, null, 0, 20);

		assertThat(result.type()).isNull();
		SiteSearch.Section groups = result.sections().stream().filter(s -> s.type().equals("groups")).findFirst()
			.orElseThrow();
		assertThat(groups.total()).isEqualTo(1);
		assertThat(groups.hits()).singleElement().satisfies(hit -> {
			assertThat(hit.id()).isEqualTo(Long.toString(approved));
			assertThat(hit.url()).isEqualTo("/groups/" + approved);
			assertThat(hit.text()).contains("子育て");
		});
	}

	@Test
	void aKanaQueryFindsTheKanjiAsInTheDirectory() throws Exception {
		String word = unique();
		long id = group(word + "子育てサロン", true);

		mvc.perform(get("/api/search").param("q", word + " こそだて").param("type", "groups"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("groups"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].type").value("groups"))
			.andExpect(jsonPath("$.items[0].id").value(Long.toString(id)))
			.andExpect(jsonPath("$.types[?(@.type == 'groups')].total").value(Matchers.contains(1)));
	}

	@Test
	void aWordInHiraganaIsMatchedByItsReadingNotByKuromojisWordsInsideOthers() {
		String word = unique();
		long picturebooks = group(word + "絵本の会", true);
		group(word + "にほんご教室", true);

		SiteSearch.Result result = search.search(word + " えほん", "groups", 0, 20);

		assertThat(result.chosen().orElseThrow().hits()).extracting(SearchSource.Hit::id)
			.containsExactly(Long.toString(picturebooks));
	}

	@Test
	void oneKindIsPagedWhileEveryKindIsCounted() {
		String word = unique();
		for (int i = 0; i < 3; i++) {
			group(word + "の会" + i, true);
		}
		SiteSearch.Result first = search.search(word, "groups", 0, 2);
		SiteSearch.Result second = search.search(word, "groups", 1, 2);

		assertThat(first.chosen().orElseThrow().hits()).hasSize(2);
		assertThat(second.chosen().orElseThrow().hits()).hasSize(1);
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(first.sections()).allSatisfy(section -> {
			if (!section.type().equals("groups")) {
				assertThat(section.hits()).isEmpty();
			}
		});
	}

	@Test
	void theApiRefusesBadParametersNamingThem() throws Exception {
		mvc.perform(get("/api/search").param("q", " "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("q"))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("検索する言葉(q)")));
		mvc.perform(get("/api/search").param("q", "ボランティア").param("type", "weather"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("type"))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("groups")));
		mvc.perform(get("/api/search").param("q", "ボランティア").param("size", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("size"));
		mvc.perform(get("/api/search").param("q", "ボランティア").param("type", "groups").param("page", "600"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("page"));
	}

	@Test
	void thePageShowsTheFacetAndMarksTheMatchesForVisitors() throws Exception {
		String word = unique();
		group(word + "子育てひろば", true);

		mvc.perform(get("/search").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"type-groups\"")))
			.andExpect(content().string(Matchers.containsString("<mark>" + word + "</mark>")));
		mvc.perform(get("/search").param("q", word).param("type", "weather"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("種類(type)は次のどれかを指定してください")));
		mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"result-count\""))));
	}
}
