package jp.tomoni.browser;

/** Sign-up: {@code /signup}. */
final class SignUpPage extends TomoniPage {

	SignUpPage(Tab tab) {
		super(tab, "/signup", "page-signup");
	}

	void signUp(String email, String password, String fullName, String fullNameKana, String displayName) {
		field("email").fill(email);
		field("password").fill(password);
		field("fullName").fill(fullName);
		field("fullNameKana").fill(fullNameKana);
		field("displayName").fill(displayName);
		page.locator("#sign-up").click();
	}
}
