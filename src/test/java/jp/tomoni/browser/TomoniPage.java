package jp.tomoni.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A page object in the manner of Keycloak's: it knows one page's address and id (the {@code id} of the element
 * wrapping its content, {@code page-…}) and finds its fields by name or id, never by wording, so that the tests
 * read the same in Japanese and English. {@link #assertCurrent()} also scans the page with axe-core.
 */
abstract class TomoniPage {

	protected final Tab tab;

	protected final Page page;

	private final String path;

	private final String pageId;

	TomoniPage(Tab tab, String path, String pageId) {
		this.tab = tab;
		this.page = tab.page();
		this.path = path;
		this.pageId = pageId;
	}

	/** Goes to the page and checks it is the one shown. */
	void open() {
		navigate();
		assertCurrent();
	}

	/** Goes to the page's address without expecting to arrive (a sign-in page or an error may stand in the way). */
	Response navigate() {
		return page.navigate(path);
	}

	/** Checks that this page is shown, then scans it for accessibility violations. */
	void assertCurrent() {
		assertThat(page.locator(idSelector(pageId))).isVisible();
		assertThat(heading()).isVisible();
		tab.assertAccessible();
	}

	Locator heading() {
		return page.locator("main h1");
	}

	/** The status notice a page shows after a change ("saved", "confirmed"). */
	Locator notice() {
		return page.locator("main .notice[role=status]");
	}

	/** The input (or select) of a form field, by its name. */
	Locator field(String name) {
		return page.locator("main [name='" + name + "']");
	}

	/** The error message shown under a form field. */
	Locator fieldError(String name) {
		return page.locator("#" + name + "-error");
	}

	/** The name of the signed-in person in the header. */
	Locator signedInAs() {
		return page.locator("header .signed-in");
	}

	/** Signs out with the header's button; the home page follows. */
	HomePage signOut() {
		page.locator("#sign-out").click();
		page.waitForURL("**/?signedOut");
		HomePage home = new HomePage(tab);
		assertThat(home.notice()).isVisible();
		home.assertCurrent();
		return home;
	}

	/** A CSS selector for an element id, which may hold dots ({@code page-error.403}). */
	static String idSelector(String id) {
		return "#" + id.replace(".", "\\.");
	}
}
