package jp.tomoni.browser;

import com.microsoft.playwright.Locator;

/** A group's members, invitations and umbrella groups: {@code /account/groups/{id}/members}. */
final class GroupMembersPage extends TomoniPage {

	GroupMembersPage(Tab tab, long groupId) {
		super(tab, "/account/groups/" + groupId + "/members", "page-group-members");
	}

	/** Sends an invitation to the address, for the role ({@code MEMBER} or {@code ADMINISTRATOR}). */
	void invite(String email, String role) {
		field("email").fill(email);
		page.locator("#role").selectOption(role);
		page.locator("#send-invitation").click();
	}

	/** The row of a pending invitation, by its address. */
	Locator invitation(String email) {
		return page.locator("#invitations tbody tr").filter(new Locator.FilterOptions().setHasText(email));
	}

	/** The row of a member, by their address. */
	Locator member(String email) {
		return page.locator("#members tbody tr").filter(new Locator.FilterOptions().setHasText(email));
	}
}
