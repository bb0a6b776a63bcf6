package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/**
 * The registration and edit form of a group: {@code /account/groups/new}, {@code /account/groups/{id}/edit}. Fields
 * by name; the checkboxes and radio buttons by their values (activity field {@code 13}, area {@code hashimoto},
 * visibility {@code STAFF}).
 */
final class GroupFormPage extends TomoniPage {

	GroupFormPage(Tab tab) {
		super(tab, "/account/groups/new", "page-group-form");
	}

	/** Fills what every group must give: its name, its reading, its kind and its purpose. */
	void describe(String name, String nameKana, String kindCode, String purpose) {
		field("name").fill(name);
		field("nameKana").fill(nameKana);
		field("kindCode").selectOption(kindCode);
		field("purpose").fill(purpose);
	}

	/** Ticks an activity field ({@code 01}…{@code 20}). */
	void chooseField(String code) {
		choice("fieldCodes", code).check();
	}

	/** Ticks an area, by its code. */
	void chooseArea(String code) {
		choice("areaCodes", code).check();
	}

	/** The contact address and who may see it ({@code PUBLIC}, {@code SIGNED_IN}, {@code STAFF}). */
	void contactEmail(String email, String visibility) {
		field("contactEmail").fill(email);
		choice("contactEmailVisibility", visibility).check();
	}

	/** The richer profile: legal form code, founding year and month, members, activity days, a note and links. */
	void profile(String legalForm, int foundingYear, int foundingMonth, int members, String activityDaysNote,
			String socialLinks, String... activityDays) {
		field("legalForm").selectOption(legalForm);
		field("foundingYear").fill(Integer.toString(foundingYear));
		field("foundingMonth").selectOption(Integer.toString(foundingMonth));
		field("memberCount").fill(Integer.toString(members));
		for (String day : activityDays) {
			choice("activityDays", day).check();
		}
		field("activityDaysNote").fill(activityDaysNote);
		field("socialLinks").fill(socialLinks);
	}

	/** Follows the link to the logo page (edit form only). */
	LogoPage openLogo() {
		page.locator("#edit-logo").click();
		page.waitForURL("**/account/groups/*/logo");
		LogoPage logo = new LogoPage(tab);
		logo.assertCurrent();
		return logo;
	}

	/** The checkbox or radio button of a field with one value. */
	Locator choice(String name, String value) {
		return page.locator("main input[name='" + name + "'][value='" + value + "']");
	}

	/** The coordinator's reason, shown when the group was returned. */
	Locator returnReason() {
		return page.locator("#return-reason");
	}

	/** The submit button: register, save, or resubmit a returned group. */
	Locator saveButton() {
		return page.locator("#save-group");
	}

	void save() {
		saveButton().click();
	}
}
