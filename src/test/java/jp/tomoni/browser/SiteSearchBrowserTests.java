package jp.tomoni.browser;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.groups.GroupCommand;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.Visibility;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The search box in the header of every page: a visitor types a word in かな on the home page, sees every kind
 * counted and the group whose name is written in kanji, marked, then narrows to groups. Both pages scanned with
 * axe-core.
 */
class SiteSearchBrowserTests extends BrowserTest {

	@Autowired
	GroupDirectory directory;

	@Autowired
	UserDetailsService users;

	@Test
	void aVisitorSearchesFromTheHeaderAndNarrowsToOneKind() {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			suffix.append("アイウエオカキクケコサシスセソタチツテトナニヌネノ".charAt(ThreadLocalRandom.current().nextInt(25)));
		}
		String name = "子育てひろば" + suffix;
		long citizen = ((SignedInPerson) users.loadUserByUsername(CITIZEN)).accountId();
		long id = directory.register(citizen,
				new GroupCommand(name, "コソダテヒロバ" + suffix, "volunteer-group", null, Set.of("13"), Set.of("hashimoto"),
						"親子が集まる広場です。", null, null, null, false, null, null, Visibility.PUBLIC, null,
						Visibility.PUBLIC));
		directory.approve(id);

		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		HomePage home = new HomePage(visitor);
		home.open();
		SiteSearchPage results = SiteSearchPage.fromHeader(visitor, suffix + " こそだて");

		assertThat(results.facet("groups")).containsText("1");
		assertThat(results.result("groups", name)).hasAttribute("href", "/groups/" + id);
		assertThat(results.marked().first()).isVisible();

		results.choose("groups");
		assertThat(results.facet("groups")).hasAttribute("aria-current", "page");
		assertThat(results.result("groups", name)).isVisible();
	}
}
