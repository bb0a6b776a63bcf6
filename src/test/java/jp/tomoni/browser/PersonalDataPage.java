package jp.tomoni.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Download;

/** One's own data, to export or delete: {@code /account/data}. */
final class PersonalDataPage extends TomoniPage {

	PersonalDataPage(Tab tab) {
		super(tab, "/account/data", "page-data");
	}

	/** Downloads the export as the browser would save it; returns the file's name and text. */
	Export export() {
		Download download = page.waitForDownload(() -> page.locator("#export-data").click());
		try {
			return new Export(download.suggestedFilename(), Files.readString(download.path(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Export(String fileName, String json) {
	}
}
