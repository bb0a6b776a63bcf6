package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** The page the confirmation mail links to; confirming takes a button press, so mail scanners change nothing. */
final class ConfirmPage extends TomoniPage {

	ConfirmPage(Tab tab) {
		super(tab, "/signup/confirm", "page-confirm");
	}

	/** Opens the link as the mail gave it. */
	void openLink(String link) {
		page.navigate(link);
		assertCurrent();
	}

	Locator confirmButton() {
		return page.locator("#confirm");
	}

	void confirm() {
		confirmButton().click();
	}
}
