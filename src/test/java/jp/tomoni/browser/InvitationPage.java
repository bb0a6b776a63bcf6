package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** An invitation to a group as its recipient opens it from the mail: {@code /account/invitations?token=…}. */
final class InvitationPage extends TomoniPage {

	InvitationPage(Tab tab) {
		super(tab, "/account/invitations", "page-group-invitation");
	}

	Locator text() {
		return page.locator("#invitation-text");
	}

	void accept() {
		page.locator("#accept-invitation").click();
	}
}
