package jp.tomoni.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;

/** The group import: {@code /backoffice/groups/import}, for coordinators, city staff and administrators. */
final class GroupImportPage extends TomoniPage {

	GroupImportPage(Tab tab) {
		super(tab, "/backoffice/groups/import", "page-group-import");
	}

	/** Uploads a file (format recognised from its header) and waits for the report. */
	void upload(Path file, boolean dryRun) {
		page.setInputFiles("#file", file);
		if (dryRun) {
			field("dryRun").check();
		}
		else {
			field("dryRun").uncheck();
		}
		page.locator("#import").click();
		page.locator("#import-report").waitFor();
	}

	Locator outcome() {
		return page.locator("#import-outcome");
	}

	Locator count(String name) {
		return page.locator("#count-" + name);
	}

	/** The rows of the table of rejected lines. */
	Locator rejectedLines() {
		return page.locator("#rejected-lines tbody tr");
	}
}
