package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** The public list of places: {@code /places}, searched with the Japanese search facility. */
final class PlacesPage extends TomoniPage {

	PlacesPage(Tab tab) {
		super(tab, "/places", "page-places");
	}

	/** Types the words, submits the form and checks the page of results. */
	void search(String query) {
		field("q").fill(query);
		page.locator("#search").click();
		page.waitForURL(url -> url.contains("q="));
		assertCurrent();
	}

	Locator result(String name) {
		return page.locator("#results .result h2 a").filter(new Locator.FilterOptions().setHasText(name));
	}
}
