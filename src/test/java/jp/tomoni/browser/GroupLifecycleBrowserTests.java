package jp.tomoni.browser;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.groups.GroupCommand;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.Visibility;
import jp.tomoni.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A group's life after review as people meet it in a browser: a coordinator suspends a public group with a reason
 * and a visitor finds its page gone, then the coordinator reinstates it; a visitor sees the 情報更新確認 marker on a
 * group that has not confirmed this year; an administrator adds an area and a kind of group. Every page on the way is
 * scanned with axe-core, the refused form included.
 */
class GroupLifecycleBrowserTests extends BrowserTest {

	@Autowired
	GroupDirectory directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Clock clock;

	@Test
	void coordinatorSuspendsAGroupWithAReasonAndReinstatesIt() {
		String name = "停止と再開の会" + randomLetters("アイウエオカキクケコサシスセソ", 5);
		String reason = "活動の実態を確認するため、一時的に公開を止めます。";
		long ownerId = accounts.findByEmail(CITIZEN).orElseThrow().id();
		long id = directory.register(ownerId, new GroupCommand(name, "テイシトサイカイノカイ", "volunteer-group", null,
				Set.of("03"), Set.of("hashimoto"), "まちの清掃活動をしています。", null, null, null, true, null, null,
				Visibility.STAFF, null, Visibility.STAFF));
		directory.approve(id);
		Tab coordinator = chromium.newTab(baseUrl, "ja-JP");
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");

		// The visitor sees the group's page.
		GroupPage group = new GroupPage(visitor);
		visitor.page().navigate("/groups/" + id);
		group.assertCurrent();
		assertThat(group.heading()).hasText(name);

		// The coordinator signs in, goes from the group's review to its publication, and must give a reason.
		SignInPage signIn = new SignInPage(coordinator);
		signIn.open();
		signIn.signIn(COORDINATOR, DEMO_PASSWORD);
		new HomePage(coordinator).assertCurrent();
		coordinator.page().navigate("/backoffice/groups/" + id);
		GroupReviewPage review = new GroupReviewPage(coordinator);
		review.assertCurrent();
		coordinator.page().locator("#moderate").click();
		GroupModerationPage moderation = new GroupModerationPage(coordinator, id);
		moderation.assertCurrent();
		moderation.suspendWith("");
		assertThat(moderation.fieldError("suspend-reason")).hasText(message("group.lifecycle.reasonRequired"));
		assertThat(moderation.suspendReason()).hasAttribute("aria-invalid", "true");
		moderation.assertCurrent();
		moderation.suspendWith(reason);
		assertThat(moderation.notice()).hasText(message("groups.lifecycle.done.suspended"));
		moderation.assertCurrent();
		assertThat(moderation.status()).containsText(message("groups.status.SUSPENDED"));
		assertThat(moderation.reason()).hasText(reason);

		// The public page is gone.
		ErrorPage gone = new ErrorPage(visitor, "/groups/" + id, 404);
		gone.navigate();
		gone.assertCurrent();

		// Reinstated, it is public again.
		moderation.reinstate();
		assertThat(moderation.notice()).hasText(message("groups.lifecycle.done.reinstated"));
		moderation.assertCurrent();
		assertThat(moderation.status()).containsText(message("groups.status.APPROVED"));
		visitor.page().navigate("/groups/" + id);
		group.assertCurrent();
		assertThat(group.heading()).hasText(name);
	}

	@Test
	void aGroupNotConfirmedThisYearIsMarkedOnItsPage() {
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		DirectoryPage directoryPage = new DirectoryPage(visitor);
		directoryPage.open();
		directoryPage.search("藤野アートプロジェクト");
		GroupPage group = directoryPage.openGroup("藤野アートプロジェクト");
		assertThat(visitor.page().locator("#confirmation-missing"))
			.hasText(message("groups.confirmation.missing", FiscalYear.current(clock).label(Locale.JAPANESE)));
		assertThat(group.heading()).hasText("藤野アートプロジェクト");
	}

	@Test
	void administratorAddsAnAreaAndAKindOfGroup() {
		String areaCode = "area-" + randomLetters("abcdefghijklmnopqrstuvwxyz", 6);
		String kindCode = "kind-" + randomLetters("abcdefghijklmnopqrstuvwxyz", 6);
		Tab admin = chromium.newTab(baseUrl, "ja-JP");
		SignInPage signIn = new SignInPage(admin);
		signIn.open();
		signIn.signIn(ADMIN, DEMO_PASSWORD);
		new HomePage(admin).assertCurrent();

		AreasPage areas = new AreasPage(admin);
		areas.open();
		areas.add("Bad Code", "新しい地区", "あたらしいちく", "DISTRICT", "midori");
		assertThat(areas.fieldError("code")).containsText(message("area.code.invalid"));
		assertThat(areas.field("code")).hasAttribute("aria-invalid", "true");
		areas.assertCurrent();
		areas.add(areaCode, "新しい地区", "あたらしいちく", "DISTRICT", "midori");
		assertThat(areas.notice()).hasText(message("area.done.created"));
		areas.assertCurrent();
		assertThat(areas.row(areaCode)).containsText("アタラシイチク");

		GroupKindsPage kinds = new GroupKindsPage(admin);
		kinds.open();
		kinds.add(kindCode, "PURPOSE", "子ども会", "Children's club");
		assertThat(kinds.notice()).hasText(message("groupKind.done.created"));
		kinds.assertCurrent();
		assertThat(kinds.row(kindCode)).containsText("子ども会");

		// Both are offered at once when a group registers.
		GroupFormPage form = new GroupFormPage(admin);
		admin.page().navigate("/account/groups/new");
		form.assertCurrent();
		assertThat(admin.page().locator("main select[name='kindCode'] option[value='" + kindCode + "']")).hasCount(1);
		assertThat(admin.page().locator("main input[name='areaCodes'][value='" + areaCode + "']")).hasCount(1);
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.JAPANESE);
	}

	private static String randomLetters(String alphabet, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return text.toString();
	}
}
