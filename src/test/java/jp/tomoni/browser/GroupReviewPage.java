package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** One registration under review: {@code /backoffice/groups/{id}}; approve it, or return it with a reason. */
final class GroupReviewPage extends TomoniPage {

	GroupReviewPage(Tab tab) {
		super(tab, "/backoffice/groups", "page-group-review");
	}

	void approve() {
		page.locator("#approve").click();
	}

	/** Writes the reason (empty to leave it out) and returns the group to its applicant. */
	void returnWith(String reason) {
		reason().fill(reason);
		page.locator("#return").click();
	}

	Locator reason() {
		return page.locator("#reason");
	}

	/** The value shown for one fact of the group, after its term. */
	Locator fact(String term) {
		return GroupPage.fact(page, term);
	}

	/** The contact address, shown to staff whatever its visibility. */
	Locator contactEmail() {
		return page.locator("#contact-email");
	}
}
