package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** The administrators' kinds of group: {@code /admin/group-kinds}. */
final class GroupKindsPage extends TomoniPage {

	GroupKindsPage(Tab tab) {
		super(tab, "/admin/group-kinds", "page-group-kinds");
	}

	void add(String code, String category, String name, String nameEn) {
		field("code").fill(code);
		field("category").selectOption(category);
		field("name").fill(name);
		field("nameEn").fill(nameEn);
		page.locator("#add-kind").click();
	}

	/** The row of a kind, by its code. */
	Locator row(String code) {
		return page.locator("#kind-" + code);
	}
}
