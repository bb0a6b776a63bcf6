package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** The administrators' page of a simple master-data list: {@code /admin/event-categories}, {@code /admin/place-kinds}. */
final class MasterListPage extends TomoniPage {

	MasterListPage(Tab tab, String list) {
		super(tab, "/admin/" + list, "page-" + list);
	}

	void add(String code, String name, String nameEn) {
		field("code").fill(code);
		field("name").fill(name);
		field("nameEn").fill(nameEn);
		page.locator("#add-entry").click();
	}

	/** The row of an entry, by its code. */
	Locator row(String code) {
		return page.locator("#entry-" + code);
	}

	/** Presses a row's button or link (retire, restore, up, down, rename) by its class or text. */
	void press(String code, String selector) {
		row(code).locator(selector).click();
	}
}
