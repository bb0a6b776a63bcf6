package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** The back office's form of a place: {@code /backoffice/places/new}. */
final class PlaceFormPage extends TomoniPage {

	PlaceFormPage(Tab tab) {
		super(tab, "/backoffice/places/new", "page-place-form");
	}

	void save() {
		page.locator("#save-place").click();
	}

	Locator error(String field) {
		return page.locator("#" + field + "-error");
	}
}
