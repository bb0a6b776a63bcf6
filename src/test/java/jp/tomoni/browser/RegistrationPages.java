package jp.tomoni.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

/** Page objects of registration for events, keyed on page ids, element ids and field names. */
final class RegistrationPages {

	private RegistrationPages() {
	}

	/** The registration panel the event page includes ({@code #registration}), one row per date. */
	static final class Panel {

		private final Locator panel;

		Panel(TomoniPage eventPage) {
			this.panel = eventPage.page.locator("#registration");
		}

		Locator dates() {
			return panel.locator("#registration-dates tbody tr");
		}

		Locator availability(int index) {
			return dates().nth(index).locator("td.availability");
		}

		Locator registerLink(int index) {
			return dates().nth(index).locator("a.register");
		}

		Locator participantsLink() {
			return panel.locator("#participants-link");
		}
	}

	/** The registration form: {@code /events/{id}/dates/{dateId}/register}. */
	static final class RegistrationFormPage extends TomoniPage {

		RegistrationFormPage(Tab tab) {
			super(tab, "/events", "page-registration-form");
		}

		Locator availability() {
			return page.locator("#registration-availability");
		}

		void submit(String people, String note) {
			field("people").fill(people);
			field("note").fill(note);
			page.locator("#submit-registration").click();
		}
	}

	/** The resident's own registrations: {@code /account/registrations}. */
	static final class MyRegistrationsPage extends TomoniPage {

		MyRegistrationsPage(Tab tab) {
			super(tab, "/account/registrations", "page-my-registrations");
		}

		Locator row(String eventName) {
			return page.locator("#registrations tbody tr").filter(new Locator.FilterOptions().setHasText(eventName));
		}

		void cancel(String eventName) {
			row(eventName).locator("button.cancel-registration").click();
		}
	}

	/** The organisers' participant list: {@code /account/events/{id}/participants}. */
	static final class ParticipantsPage extends TomoniPage {

		ParticipantsPage(Tab tab) {
			super(tab, "/account/events", "page-participants");
		}

		Locator registered() {
			return page.locator("table.participants tr.registered");
		}

		Locator waiting() {
			return page.locator("table.participants tr.waiting");
		}

		/** Downloads the CSV as the browser saves it: its file name and bytes. */
		Export export() {
			Download download = page.waitForDownload(() -> page.locator("#export-participants").click());
			try {
				return new Export(download.suggestedFilename(), Files.readAllBytes(download.path()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		record Export(String fileName, byte[] bytes) {
		}
	}
}
