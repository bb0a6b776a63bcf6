package jp.tomoni.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

/** The logo of a group, for its administrators: {@code /account/groups/{id}/logo}. */
final class LogoPage extends TomoniPage {

	LogoPage(Tab tab) {
		super(tab, "/account/groups", "page-group-logo");
	}

	/** Chooses a file and uploads it; the same page follows, with a notice or an error. */
	void upload(String fileName, String mimeType, byte[] bytes) {
		field("logo").setInputFiles(new FilePayload(fileName, mimeType, bytes));
		page.locator("#upload-logo").click();
		page.waitForURL("**/account/groups/*/logo");
	}

	/** The logo as stored, when there is one. */
	Locator currentLogo() {
		return page.locator("#current-logo");
	}
}
