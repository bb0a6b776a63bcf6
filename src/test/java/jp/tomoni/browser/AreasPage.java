package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** The administrators' wards and districts: {@code /admin/areas}. */
final class AreasPage extends TomoniPage {

	AreasPage(Tab tab) {
		super(tab, "/admin/areas", "page-areas");
	}

	void add(String code, String name, String nameKana, String kind, String parentCode) {
		field("code").fill(code);
		field("name").fill(name);
		field("nameKana").fill(nameKana);
		field("kind").selectOption(kind);
		field("parentCode").selectOption(parentCode);
		page.locator("#add-area").click();
	}

	/** The row of an area, by its code. */
	Locator row(String code) {
		return page.locator("#area-" + code);
	}
}
