package jp.tomoni.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;

/** The event import: {@code /backoffice/events/import}, for coordinators, city staff and administrators. */
final class EventImportPage extends TomoniPage {

	EventImportPage(Tab tab) {
		super(tab, "/backoffice/events/import", "page-event-import");
	}

	/** Uploads a file and waits for the report. */
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

	Locator lines() {
		return page.locator("#import-lines li");
	}
}
