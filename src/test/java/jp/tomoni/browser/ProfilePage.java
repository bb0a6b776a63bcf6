package jp.tomoni.browser;

/** One's own profile: {@code /account/profile}. */
final class ProfilePage extends TomoniPage {

	ProfilePage(Tab tab) {
		super(tab, "/account/profile", "page-profile");
	}

	void save(String fullName, String fullNameKana, String displayName) {
		field("fullName").fill(fullName);
		field("fullNameKana").fill(fullNameKana);
		field("displayName").fill(displayName);
		page.locator("#save-profile").click();
	}
}
