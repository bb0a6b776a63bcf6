package jp.tomoni.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;

/** The pages of volunteer opportunities: public, the resident's own, and the organisers'. */
final class VolunteeringPages {

	private VolunteeringPages() {
	}

	/** The organisers' list: {@code /account/volunteering/opportunities}. */
	static final class ManagedPage extends TomoniPage {

		ManagedPage(Tab tab) {
			super(tab, "/account/volunteering/opportunities", "page-managed-opportunities");
		}

		FormPage newOpportunity() {
			page.locator("#new-opportunity").click();
			FormPage form = new FormPage(tab);
			form.assertCurrent();
			return form;
		}
	}

	/** Posting an opportunity with its shift lines. */
	static final class FormPage extends TomoniPage {

		FormPage(Tab tab) {
			super(tab, "/account/volunteering/opportunities/new", "page-opportunity-form");
		}

		void group(String name) {
			field("groupId").selectOption(new SelectOption().setLabel(name));
		}

		void activityField(String code) {
			page.locator("main input[name='fieldCodes'][value='" + code + "']").check();
		}

		void shift(int line, String date, String start, String end, String place, String capacity) {
			field("shiftDates[" + line + "]").fill(date);
			field("shiftStarts[" + line + "]").fill(start);
			field("shiftEnds[" + line + "]").fill(end);
			field("shiftPlaces[" + line + "]").fill(place);
			field("shiftCapacities[" + line + "]").fill(capacity);
		}

		void publish() {
			page.locator("#publish-opportunity").click();
		}
	}

	/** The organisers' page of one opportunity: status and the roster of each shift. */
	static final class RosterPage extends TomoniPage {

		RosterPage(Tab tab, long id) {
			super(tab, "/account/volunteering/opportunities/" + id, "page-opportunity-roster");
		}

		RosterPage(Tab tab) {
			super(tab, "/account/volunteering/opportunities", "page-opportunity-roster");
		}

		long id() {
			String url = page.url();
			return Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("\\D.*", ""));
		}

		Locator entry(String name) {
			return page.locator("tr[data-signup-id]").filter(new Locator.FilterOptions().setHasText(name));
		}

		void recordAttended(String name, String hours) {
			Locator row = entry(name);
			row.locator("select[name='attendance']").selectOption("ATTENDED");
			row.locator("input[name='hours']").fill(hours);
			row.locator(".record-attendance").click();
		}
	}

	/** The public page of an opportunity: its shifts, places left, and the sign-up. */
	static final class OpportunityPage extends TomoniPage {

		OpportunityPage(Tab tab, long id) {
			super(tab, "/volunteering/" + id, "page-opportunity");
		}

		Locator shiftRow(int index) {
			return page.locator("#shifts tbody tr").nth(index);
		}

		void signUpFor(int... indexes) {
			for (int index : indexes) {
				shiftRow(index).locator("input[name='shiftIds']").check();
			}
			page.locator("#sign-up").click();
		}

		Locator refusal() {
			return page.locator("#refusal");
		}
	}

	/** The resident's shifts and hours: {@code /account/volunteering}. */
	static final class MyVolunteeringPage extends TomoniPage {

		MyVolunteeringPage(Tab tab) {
			super(tab, "/account/volunteering", "page-my-volunteering");
		}

		Locator hours() {
			return page.locator("#hours");
		}

		/** Downloads the first certificate as the browser saves it. */
		byte[] certificate() {
			Download download = page.waitForDownload(() -> page.locator("#hours a.certificate").first().click());
			try {
				return Files.readAllBytes(download.path());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}
}
