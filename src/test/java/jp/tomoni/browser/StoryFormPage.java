package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** A reporter's case story form: {@code /account/stories/new} or {@code /account/stories/{id}/edit}. */
final class StoryFormPage extends TomoniPage {

	StoryFormPage(Tab tab) {
		super(tab, "/account/stories/new", "page-story-form");
	}

	void write(String title, String partners, String whatWasDone, String effect, String wentWell, String difficulties,
			String improvements) {
		field("title").fill(title);
		field("partners").fill(partners);
		field("whatWasDone").fill(whatWasDone);
		field("effect").fill(effect);
		field("wentWell").fill(wentWell);
		field("difficulties").fill(difficulties);
		field("improvements").fill(improvements);
	}

	void tagField(String code) {
		page.locator("main input[name='fieldCodes'][value='" + code + "']").check();
	}

	/** Searches the group picker; the form comes back with the groups found. */
	void findGroups(String query) {
		field("groupQuery").fill(query);
		page.locator("#find-groups").click();
	}

	void chooseGroup(long id) {
		page.locator("#group-" + id).check();
	}

	Locator groupChoice(long id) {
		return page.locator("#group-" + id);
	}

	void submit() {
		page.locator("#submit-story").click();
	}

	Locator editorComment() {
		return page.locator("#editor-comment");
	}
}
