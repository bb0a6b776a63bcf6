package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** A reporter's own case stories: {@code /account/stories}. */
final class MyStoriesPage extends TomoniPage {

	MyStoriesPage(Tab tab) {
		super(tab, "/account/stories", "page-my-stories");
	}

	void startNew() {
		page.locator("#new-story").click();
	}

	/** The row's status cell of the story with this title. */
	Locator status(String title) {
		return page.locator("main tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title))
			.locator(".story-status");
	}

	void openStory(String title) {
		page.locator("main a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)).click();
	}
}
