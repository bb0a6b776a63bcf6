package jp.tomoni.browser;

/**
 * A page of the newsletter, page views or open data, known by its address and page id; its fields and buttons are
 * found by name and id like every page object's.
 */
final class InformationPage extends TomoniPage {

	InformationPage(Tab tab, String path, String pageId) {
		super(tab, path, pageId);
	}

	/** Presses the button or follows the link with this id. */
	void press(String id) {
		page.locator(idSelector(id)).click();
	}

	static InformationPage subscribe(Tab tab) {
		return new InformationPage(tab, "/newsletter", "page-newsletter");
	}

	static InformationPage current(Tab tab, String pageId) {
		return new InformationPage(tab, "/", pageId);
	}
}
