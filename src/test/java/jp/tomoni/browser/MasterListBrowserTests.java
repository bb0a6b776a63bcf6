package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * An administrator keeps the event categories and the kinds of place from the back-office menu: a refusal in
 * Japanese next to its field, an entry added, renamed, retired and brought back. axe-core scans every page.
 */
class MasterListBrowserTests extends BrowserTest {

	@Test
	void anAdministratorKeepsTheEventCategoriesAndTheKindsOfPlace() {
		Tab admin = chromium.newTab(baseUrl, "ja-JP");
		SignInPage signIn = new SignInPage(admin);
		signIn.open();
		signIn.signIn(ADMIN, DEMO_PASSWORD);
		new HomePage(admin).assertCurrent();

		for (String list : new String[] { "event-categories", "place-kinds" }) {
			admin.page().locator("a[href='/admin/" + list + "']").first().click();
			MasterListPage page = new MasterListPage(admin, list);
			page.assertCurrent();

			page.add("Not A Code", "名前", "Name");
			page.assertCurrent();
			assertThat(page.fieldError("code")).hasText(message("masterList.code.invalid"));

			String code = "b" + Long.toString(System.nanoTime(), 36);
			page.add(code, "試しの項目", "Trial entry");
			page.assertCurrent();
			assertThat(page.notice()).hasText(message("masterList.done.created"));
			assertThat(page.row(code)).containsText("試しの項目");

			page.press(code, "a");
			TomoniPage rename = new TomoniPage(admin, "/admin/" + list + "/" + code, "page-master-entry") {
			};
			rename.assertCurrent();
			rename.field("name").fill("");
			admin.page().locator("#save-entry").click();
			rename.assertCurrent();
			assertThat(rename.fieldError("name")).hasText(message("masterList.name.required"));
			rename.field("name").fill("改めた項目");
			admin.page().locator("#save-entry").click();
			page.assertCurrent();
			assertThat(page.row(code)).containsText("改めた項目");

			page.press(code, "button.retire");
			page.assertCurrent();
			assertThat(page.row(code)).containsText(message("masterList.state.retired"));
			page.press(code, "button.restore");
			page.assertCurrent();
			assertThat(page.row(code)).containsText(message("masterList.state.active"));
		}
		admin.assertEveryPageScanned();
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.JAPANESE);
	}
}
