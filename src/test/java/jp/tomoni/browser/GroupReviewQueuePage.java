package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** The registrations waiting for review: {@code /backoffice/groups}, for coordinators, city staff and administrators. */
final class GroupReviewQueuePage extends TomoniPage {

	GroupReviewQueuePage(Tab tab) {
		super(tab, "/backoffice/groups", "page-group-review-queue");
	}

	/** The row of a waiting group, by its name. */
	Locator row(String name) {
		return page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(name));
	}

	GroupReviewPage openGroup(String name) {
		row(name).locator("a[href^='/backoffice/groups/']").click();
		page.waitForURL("**/backoffice/groups/*");
		GroupReviewPage review = new GroupReviewPage(tab);
		review.assertCurrent();
		return review;
	}
}
