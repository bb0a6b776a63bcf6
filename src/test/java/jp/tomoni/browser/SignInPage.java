package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** Sign-in: {@code /login}. */
final class SignInPage extends TomoniPage {

	SignInPage(Tab tab) {
		super(tab, "/login", "page-login");
	}

	void signIn(String email, String password) {
		field("email").fill(email);
		field("password").fill(password);
		page.locator("#sign-in").click();
	}

	/** The message shown when sign-in failed. */
	Locator error() {
		return page.locator("main .error-summary[role=alert]");
	}
}
