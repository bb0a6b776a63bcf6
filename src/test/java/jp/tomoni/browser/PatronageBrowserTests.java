package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.options.SelectOption;
import jp.tomoni.events.AttendanceMode;
import jp.tomoni.events.EventActor;
import jp.tomoni.events.EventCommand;
import jp.tomoni.events.EventDateCommand;
import jp.tomoni.events.EventManagement;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.groups.MembershipView;
import jp.tomoni.shared.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Patronage from application to the event's page: a group's administrator applies for the group's event (first
 * without confirming the conditions, which is refused with nothing typed lost), city staff approve it with a
 * condition, the group sees the decision, and the event's public page and /patronage show the city's name. Every
 * page is scanned with axe-core.
 */
class PatronageBrowserTests extends BrowserTest {

	private static final String GROUP_ADMIN = "group-admin@example.jp";

	@Autowired
	EventManagement events;

	@Autowired
	GroupMembers members;

	@Autowired
	UserDetailsService users;

	/** A new event of one of the demo administrator's groups, so that no earlier application stands in the way. */
	private long groupEvent(String name) {
		long account = ((SignedInPerson) users.loadUserByUsername(GROUP_ADMIN)).accountId();
		long group = members.membershipsOf(account)
			.stream()
			.filter(MembershipView::administrator)
			.findFirst()
			.orElseThrow()
			.group()
			.id();
		long event = events.create(new EventActor(account, false),
				new EventCommand(name, "チイキノナツマツリ", "地域の夏祭りです。", "説明", "seminar", Set.of("13"), "hashimoto",
						"どなたでも", "無料", true, 300, AttendanceMode.IN_PERSON, null, null, "橋本公園", null,
						"相模原市緑区橋本1-1-1", new BigDecimal("35.594800"), new BigDecimal("139.345100"), group, null,
						Set.of(), null, "名義 花子", "042-754-1111", "kyodo@example.jp", null, "当日受付", null, false,
						List.of(new EventDateCommand(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30), null,
								LocalTime.of(10, 0), LocalTime.of(16, 0)))));
		if (events.pendingReview().stream().anyMatch(e -> e.id() == event)) {
			events.approve(event);
		}
		return event;
	}

	@Test
	void aGroupAppliesCityStaffApproveAndTheEventPageShowsTheCitysName() {
		String name = "地域の夏祭り " + ThreadLocalRandom.current().nextInt(10_000, 99_999);
		long event = groupEvent(name);

		Tab group = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage form = new TomoniPage(group, "/account/patronage/new", "page-patronage-form") {
		};
		form.navigate();
		SignInPage signIn = new SignInPage(group);
		signIn.assertCurrent();
		signIn.signIn(GROUP_ADMIN, DEMO_PASSWORD);
		form.assertCurrent();
		form.field("groupId").selectOption(new SelectOption().setIndex(1));
		form.field("eventId").selectOption(new SelectOption().setValue(Long.toString(event)));
		group.page().locator("#kind-CO_HOSTING").check();
		form.field("departmentCode").selectOption(new SelectOption().setValue("civic-collaboration"));
		form.field("purpose").fill("地域の子どもから高齢者までが集う夏祭りです。参加費は無料です。");
		form.field("expectedParticipants").fill("300");
		group.page().locator("#conditionsConfirmed-open").check();
		group.page().locator("#apply").click();
		form.assertCurrent();
		assertThat(group.page().locator("#conditionsConfirmed-error")).containsText("公序良俗に反しないこと");
		assertThat(form.field("purpose")).hasValue("地域の子どもから高齢者までが集う夏祭りです。参加費は無料です。");
		assertThat(group.page().locator("#conditionsConfirmed-open")).isChecked();
		for (String condition : List.of("public-interest", "non-profit", "no-politics-religion", "fee", "safety",
				"public-order")) {
			group.page().locator("#conditionsConfirmed-" + condition).check();
		}
		group.page().locator("#apply").click();
		TomoniPage mine = new TomoniPage(group, "/account/patronage", "page-my-patronage") {
		};
		mine.assertCurrent();
		assertThat(mine.notice()).containsText("申請しました。");
		String id = group.page().locator("#my-applications tbody tr").filter(
				new com.microsoft.playwright.Locator.FilterOptions().setHasText(name)).getAttribute("data-application-id");
		assertThat(group.page().locator("tr[data-application-id='" + id + "'] .status")).hasText("審査中");

		Tab staff = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage review = new TomoniPage(staff, "/backoffice/patronage/" + id, "page-patronage-review") {
		};
		review.navigate();
		SignInPage staffSignIn = new SignInPage(staff);
		staffSignIn.assertCurrent();
		staffSignIn.signIn("staff@example.jp", DEMO_PASSWORD);
		review.assertCurrent();
		staff.page().locator("#approve-true").check();
		review.field("reasons").fill("雨天時の中止の判断と周知を事前に決めておくこと。");
		staff.page().locator("#decide").click();
		review.assertCurrent();
		assertThat(review.notice()).containsText("決定を記録しました。");
		assertThat(staff.page().locator("#application-status")).hasText("承認");

		mine.open();
		assertThat(group.page().locator("tr[data-application-id='" + id + "'] .status")).hasText("承認");
		assertThat(group.page().locator("tr[data-application-id='" + id + "'] .reasons")).containsText("雨天時の中止");

		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		TomoniPage eventPage = new TomoniPage(visitor, "/events/" + event, "page-event") {
		};
		eventPage.open();
		assertThat(visitor.page().locator("#event-endorsements")).containsText("相模原市 共催(市民局 市民協働推進課)");
		TomoniPage published = new TomoniPage(visitor, "/patronage", "page-patronage") {
		};
		published.open();
		assertThat(visitor.page().locator("#approved tr[data-application-id='" + id + "']")).containsText(name);
		assertThat(visitor.page().locator("#patronage-conditions li")).hasCount(7);
	}
}
