package jp.tomoni.browser;

import java.util.Locale;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.groups.GroupCommand;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.Visibility;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Group membership in a browser: the group administrator invites a co-administrator by e-mail; the invitee, who has no
 * account yet, opens the link, signs up with the invited address, confirms it, accepts the invitation and edits the
 * group. A group administrator who opens another group's edit page gets the 404 page. Every page is scanned with
 * axe-core on the way.
 */
class GroupMembersBrowserTests extends BrowserTest {

	private static final String GROUP_ADMIN = "group-admin@example.jp";

	@Autowired
	GroupDirectory directory;

	@Autowired
	AccountManagement accounts;

	private long registerGroup(String ownerEmail, String name) {
		long owner = accounts.findByEmail(ownerEmail).orElseThrow().id();
		long id = directory.register(owner, new GroupCommand(name, "ブラウザシケンノカイ", "volunteer-group", null, Set.of("13"),
				Set.of("hashimoto"), "ブラウザでの試験のための団体です。", null, null, null, true, null, null, Visibility.STAFF, null,
				Visibility.STAFF));
		directory.approve(id);
		return id;
	}

	private static void openMail(Tab tab, String recipient, String subject) {
		MailOutboxPage outbox = new MailOutboxPage(tab, recipient);
		outbox.open();
		outbox.mails().filter(new Locator.FilterOptions().setHasText(subject)).click();
	}

	@Test
	void aGroupAdministratorInvitesACoAdministratorWhoSignsUpAcceptsAndEditsTheGroup() {
		String name = "招待試験の会" + System.nanoTime();
		long groupId = registerGroup(GROUP_ADMIN, name);
		String email = "co-admin-" + System.nanoTime() + "@example.jp";
		String password = "sakura-no-hana-2026";
		Tab groupAdmin = chromium.newTab(baseUrl, "ja-JP");
		Tab admin = chromium.newTab(baseUrl, "ja-JP");
		Tab invitee = chromium.newTab(baseUrl, "ja-JP");

		// The group administrator invites a co-administrator from the group's members page.
		SignInPage signIn = new SignInPage(groupAdmin);
		signIn.open();
		signIn.signIn(GROUP_ADMIN, DEMO_PASSWORD);
		new HomePage(groupAdmin).assertCurrent();
		GroupMembersPage membersPage = new GroupMembersPage(groupAdmin, groupId);
		membersPage.open();
		assertThat(membersPage.member(GROUP_ADMIN)).hasCount(1);
		membersPage.invite("not-an-address", "ADMINISTRATOR");
		assertThat(membersPage.fieldError("email")).isVisible();
		membersPage.assertCurrent();
		membersPage.invite(email, "ADMINISTRATOR");
		assertThat(membersPage.notice()).hasText(message("groupMembers.invited", email));
		membersPage.assertCurrent();
		assertThat(membersPage.invitation(email)).hasCount(1);

		// The mail waits in the outbox; an administrator reads its link.
		MailOutboxPage outbox = new MailOutboxPage(admin, email);
		outbox.navigate();
		SignInPage adminSignIn = new SignInPage(admin);
		adminSignIn.assertCurrent();
		adminSignIn.signIn(ADMIN, DEMO_PASSWORD);
		outbox.assertCurrent();
		assertThat(outbox.mails()).hasText(message("mail.groupInvitation.subject", name));
		MailMessagePage mail = outbox.openOnlyMail();
		String invitationLink = mail.link("/account/invitations?token=");

		// The invitee has no account: the link asks them to sign in, and they sign up with the invited address.
		invitee.page().navigate(invitationLink);
		SignInPage inviteeSignIn = new SignInPage(invitee);
		inviteeSignIn.assertCurrent();
		SignUpPage signUp = new SignUpPage(invitee);
		signUp.open();
		signUp.signUp(email, password, "共同 管理", "キョウドウ カンリ", "共同管理者");
		new SignUpSentPage(invitee).assertCurrent();
		openMail(admin, email, message("mail.confirm.subject"));
		MailMessagePage confirmMail = new MailMessagePage(admin);
		confirmMail.assertCurrent();
		ConfirmPage confirm = new ConfirmPage(invitee);
		confirm.openLink(confirmMail.link("/signup/confirm?token="));
		confirm.confirm();
		invitee.page().waitForURL("**/login?confirmed");
		inviteeSignIn.assertCurrent();

		// Signed in, the link shows the invitation; accepting lists the group among the invitee's groups.
		invitee.page().navigate(invitationLink);
		inviteeSignIn.assertCurrent();
		inviteeSignIn.signIn(email, password);
		InvitationPage invitation = new InvitationPage(invitee);
		invitation.assertCurrent();
		assertThat(invitation.text()).containsText(name);
		assertThat(invitation.text()).containsText(message("groupMembers.role.ADMINISTRATOR"));
		invitation.accept();
		MyGroupsPage myGroups = new MyGroupsPage(invitee);
		invitee.page().waitForURL("**/account/groups");
		assertThat(myGroups.page.locator("#memberships .notice")).hasText(message("groupMembers.joined"));
		myGroups.assertCurrent();

		// The co-administrator edits the group, and the public page shows the change.
		GroupFormPage edit = myGroups.openGroup(name);
		assertThat(edit.field("name")).hasValue(name);
		edit.field("purpose").fill("共同管理者が目的を書き直しました。");
		edit.save();
		assertThat(myGroups.notice()).hasText(message("groups.saved"));
		myGroups.assertCurrent();
		Assertions.assertThat(directory.profile(groupId, jp.tomoni.groups.Viewer.ANONYMOUS).purpose())
			.isEqualTo("共同管理者が目的を書き直しました。");

		// The first administrator sees the co-administrator among the members.
		membersPage.open();
		assertThat(membersPage.member(email)).containsText(message("groupMembers.role.ADMINISTRATOR"));
		assertThat(membersPage.invitation(email)).hasCount(0);
	}

	@Test
	void aGroupAdministratorCannotEditAnotherGroup() {
		long otherGroup = registerGroup(CITIZEN, "よその団体" + System.nanoTime());
		Tab groupAdmin = chromium.newTab(baseUrl, "ja-JP");
		SignInPage signIn = new SignInPage(groupAdmin);
		signIn.open();
		signIn.signIn(GROUP_ADMIN, DEMO_PASSWORD);
		new HomePage(groupAdmin).assertCurrent();

		for (String path : new String[] { "/account/groups/" + otherGroup + "/edit",
				"/account/groups/" + otherGroup + "/members" }) {
			ErrorPage notFound = new ErrorPage(groupAdmin, path, 404);
			Response response = notFound.navigate();
			Assertions.assertThat(response.status()).isEqualTo(404);
			notFound.assertCurrent();
			assertThat(notFound.heading()).hasText(message("error.404.title"));
		}
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.JAPANESE);
	}
}
