package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** The results of the search box every page carries: {@code /search}. */
final class SiteSearchPage extends TomoniPage {

	SiteSearchPage(Tab tab) {
		super(tab, "/search", "page-site-search");
	}

	/** Types the words into the header's search box of the page shown and sends them. */
	static SiteSearchPage fromHeader(Tab tab, String query) {
		tab.page().locator("#site-q").fill(query);
		tab.page().locator("#site-q").press("Enter");
		SiteSearchPage results = new SiteSearchPage(tab);
		results.assertCurrent();
		return results;
	}

	/** A kind's entry of the type facet, with its count. */
	Locator facet(String type) {
		return page.locator("#type-" + type);
	}

	/** Chooses one kind in the facet. */
	void choose(String type) {
		facet(type).click();
		assertCurrent();
	}

	/** The link to a thing found, by its title, in the section of its kind. */
	Locator result(String type, String title) {
		return page.locator("#section-" + type + " .result a").filter(new Locator.FilterOptions().setHasText(title));
	}

	Locator marked() {
		return page.locator("main .result mark");
	}
}
