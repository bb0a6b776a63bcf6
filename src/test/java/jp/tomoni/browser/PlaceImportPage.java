package jp.tomoni.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;

/** The place import: {@code /backoffice/places/import}, for coordinators, city staff and administrators. */
final class PlaceImportPage extends TomoniPage {

	PlaceImportPage(Tab tab) {
		super(tab, "/backoffice/places/import", "page-place-import");
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
}
