package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.shared.SignedInPerson;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** What groups offer and seek, by category: saved, refused when unknown, filtered and counted as facets, in the API. */
@TomoniIntegrationTest
class DirectoryExchangeIntegrationTests {

	@Autowired
	GroupDirectory directory;

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

	private static GroupCommand command(String name, Set<String> offers, Set<String> seeks) {
		return new GroupCommand(name, "テスト", "volunteer-group", null, Set.of("13"), Set.of("hashimoto"), "集いの場です。",
				null, null, null, false, null, null, Visibility.PUBLIC, null, Visibility.PUBLIC,
				new GroupDetails(null, null, null, null, Set.of(), null, List.of(), offers, seeks));
	}

	@Test
	void categoriesAreFilteredCountedAndPublished() throws Exception {
		String word = unique();
		long places = directory.register(citizen(), command(word + "ひろば", Set.of("places"), Set.of("volunteers")));
		long funds = directory.register(citizen(), command(word + "基金", Set.of("skills"), Set.of("funds", "volunteers")));
		directory.approve(places);
		directory.approve(funds);

		DirectoryResult all = directory.search(new DirectoryQuery(word, null, null, null, false, null, 0, 20, true));
		assertThat(all.facets().get("offer")).containsEntry("places", 1L).containsEntry("skills", 1L);
		assertThat(all.facets().get("seek")).containsEntry("volunteers", 2L).containsEntry("funds", 1L);

		DirectoryResult seekingFunds = directory
			.search(new DirectoryQuery(word, null, null, null, null, "funds", false, null, 0, 20, true));
		assertThat(seekingFunds.items()).extracting(GroupSummary::id).containsExactly(funds);
		DirectoryResult offeringPlaces = directory
			.search(new DirectoryQuery(word, null, null, null, "places", null, false, null, 0, 20, false));
		assertThat(offeringPlaces.items()).extracting(GroupSummary::id).containsExactly(places);

		mvc.perform(get("/api/groups").param("q", word).param("seek", "funds"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/groups/" + funds))
			.andExpect(jsonPath("$.offerKinds", Matchers.contains("skills")))
			.andExpect(jsonPath("$.seekKinds", Matchers.contains("volunteers", "funds")));
		mvc.perform(get("/groups").param("q", word))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(Matchers.containsString("資金 (1)")));
	}

	@Test
	void anUnknownCategoryIsRefusedAndNothingIsSaved() {
		String word = unique();
		assertThatThrownBy(() -> directory.register(citizen(), command(word, Set.of("money"), Set.of())))
			.isInstanceOfSatisfying(GroupRuleViolation.class, v -> assertThat(v.field()).isEqualTo("offerKinds"));
		assertThatThrownBy(() -> directory.register(citizen(), command(word, Set.of(), Set.of("love"))))
			.isInstanceOfSatisfying(GroupRuleViolation.class, v -> assertThat(v.field()).isEqualTo("seekKinds"));
		assertThat(directory.groupsOf(citizen())).extracting(GroupSummary::name).doesNotContain(word);
	}
}
