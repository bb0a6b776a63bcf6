package jp.tomoni.browser;

import com.microsoft.playwright.Page;

/** The editors' queue {@code /backoffice/stories} and one story's review {@code /backoffice/stories/{id}}. */
final class StoryReviewPage extends TomoniPage {

	StoryReviewPage(Tab tab) {
		super(tab, "/backoffice/stories", "page-story-review");
	}

	static TomoniPage queue(Tab tab) {
		return new TomoniPage(tab, "/backoffice/stories", "page-story-review-queue") {
		};
	}

	static void openFromQueue(Tab tab, String title) {
		tab.page().locator("main a", new Page.LocatorOptions().setHasText(title)).click();
	}

	void requestChanges(String comment) {
		page.locator("#comment").fill(comment);
		page.locator("#request-changes").click();
	}

	void publish() {
		page.locator("#publish").click();
	}
}
