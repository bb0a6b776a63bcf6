package jp.tomoni.browser;

/** The public home page. */
final class HomePage extends TomoniPage {

	HomePage(Tab tab) {
		super(tab, "/", "page-home");
	}

	/** Opens the home page asking for a language ({@code ?lang=en}), which the site then remembers. */
	void openIn(String language) {
		page.navigate("/?lang=" + language);
		assertCurrent();
	}
}
