package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** The groups one administers: {@code /account/groups}, with the link to register another. */
final class MyGroupsPage extends TomoniPage {

	MyGroupsPage(Tab tab) {
		super(tab, "/account/groups", "page-my-groups");
	}

	/** Follows the link to the registration form. */
	GroupFormPage registerGroup() {
		page.locator("#register-group").click();
		GroupFormPage form = new GroupFormPage(tab);
		form.assertCurrent();
		return form;
	}

	/** The table row of a group, by its name. */
	Locator row(String name) {
		return page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(name));
	}

	/** The status shown for a group (仮登録, 差し戻し, 本登録). */
	Locator status(String name) {
		return row(name).locator("td").nth(1);
	}

	/** Opens a group's edit form from its row. */
	GroupFormPage openGroup(String name) {
		row(name).locator("a").click();
		page.waitForURL("**/account/groups/*/edit");
		GroupFormPage form = new GroupFormPage(tab);
		form.assertCurrent();
		return form;
	}
}
