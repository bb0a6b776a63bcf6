package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** The administrators' synonym dictionary of the search: {@code /admin/synonyms}. */
final class SynonymsPage extends TomoniPage {

	SynonymsPage(Tab tab) {
		super(tab, "/admin/synonyms", "page-synonyms");
	}

	/** Adds a group of words, given as one types them (separated by 、 or commas). */
	void add(String terms) {
		terms().fill(terms);
		page.locator("#add-synonyms").click();
	}

	Locator terms() {
		return page.locator("#terms");
	}

	/** The row of a group of words, by any text in it. */
	Locator row(String text) {
		return page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(text));
	}
}
