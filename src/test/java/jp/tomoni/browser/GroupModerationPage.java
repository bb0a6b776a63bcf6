package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** A coordinator's page to suspend, remove or reinstate one group: {@code /backoffice/groups/{id}/moderation}. */
final class GroupModerationPage extends TomoniPage {

	GroupModerationPage(Tab tab, long groupId) {
		super(tab, "/backoffice/groups/" + groupId + "/moderation", "page-group-moderation");
	}

	/** Writes the reason (empty to leave it out) and suspends the group. */
	void suspendWith(String reason) {
		page.locator("#suspend-reason").fill(reason);
		page.locator("#suspend").click();
	}

	void reinstate() {
		page.locator("#reinstate").click();
	}

	Locator suspendReason() {
		return page.locator("#suspend-reason");
	}

	Locator status() {
		return page.locator("#group-status");
	}

	Locator reason() {
		return page.locator("#moderation-reason");
	}
}
