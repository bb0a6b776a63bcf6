package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** The contact form of a group on a page of its own, with its errors: {@code /groups/{id}/contact}. */
final class ContactPage extends TomoniPage {

	ContactPage(Tab tab) {
		super(tab, "/groups", "page-group-contact");
	}

	/** The summary of the errors above the form. */
	Locator errorSummary() {
		return page.locator("main .error-summary");
	}
}
