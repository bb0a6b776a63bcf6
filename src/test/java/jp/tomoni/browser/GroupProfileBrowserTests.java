package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.imageio.ImageIO;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.mail.OutboxMailView;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The richer group profile in a browser: a resident registers a group with its legal form, founding, members,
 * activity days and social links (a wrong link first), uploads its logo (a text file first), and once the group is
 * approved a visitor sees it all on the group page and writes to the group through the contact form (an empty form
 * first) without ever seeing its address. axe-core scans every page on the way, the ones with errors included.
 */
class GroupProfileBrowserTests extends BrowserTest {

	@Autowired
	GroupDirectory directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MailOutbox outbox;

	@Test
	void aGroupWithItsProfileAndLogoIsContactedByAVisitor() throws IOException {
		String name = "みどりの会" + System.nanoTime() % 100_000;
		String contactEmail = "midori-" + System.nanoTime() + "@example.jp";
		Tab citizen = chromium.newTab(baseUrl, "ja-JP");
		Tab visitor = chromium.newTab(baseUrl, "ja-JP");

		SignInPage signIn = new SignInPage(citizen);
		signIn.open();
		signIn.signIn(CITIZEN, DEMO_PASSWORD);
		new HomePage(citizen).assertCurrent();
		MyGroupsPage myGroups = new MyGroupsPage(citizen);
		myGroups.open();
		GroupFormPage form = myGroups.registerGroup();
		form.describe(name, "みどりのかい", "npo-corporation", "里山を守り、次の世代に引き継ぎます。");
		form.chooseField("07");
		form.contactEmail(contactEmail, "STAFF");
		form.profile("npo-corporation", 2015, 4, 120, "毎月第2土曜日", "https://www.instagram.com/midori\nhttp://x.com/midori",
				"SATURDAY");
		form.save();
		assertThat(form.fieldError("socialLinks")).hasText(message("group.socialLinks.invalid", 2));
		assertThat(form.field("socialLinks")).hasAttribute("aria-invalid", "true");
		form.assertCurrent();
		form.field("socialLinks").fill("https://www.instagram.com/midori\nhttps://x.com/midori");
		form.save();
		assertThat(myGroups.notice()).hasText(message("groups.registered"));
		myGroups.assertCurrent();
		long accountId = accounts.findByEmail(CITIZEN).orElseThrow().id();
		long id = directory.groupsOf(accountId)
			.stream()
			.filter(g -> g.name().equals(name))
			.map(GroupSummary::id)
			.findFirst()
			.orElseThrow();

		// The logo: a text file is refused with a message naming the field; a picture is kept.
		GroupFormPage edit = myGroups.openGroup(name);
		assertThat(edit.field("foundingYear")).hasValue("2015");
		LogoPage logo = edit.openLogo();
		logo.upload("logo.png", "image/png", "これは画像ではありません".getBytes(StandardCharsets.UTF_8));
		assertThat(logo.fieldError("logo")).hasText(message("group.logo.notImage"));
		assertThat(logo.field("logo")).hasAttribute("aria-invalid", "true");
		logo.assertCurrent();
		logo.upload("logo.png", "image/png", picture());
		assertThat(logo.notice()).hasText(message("groups.logo.saved"));
		assertThat(logo.currentLogo()).hasAttribute("alt", name);
		logo.assertCurrent();

		directory.approve(id);

		// A visitor sees the profile and the logo, never the address, and writes to the group.
		GroupPage group = new GroupPage(visitor);
		group.open(id);
		assertThat(group.logo()).hasAttribute("alt", name);
		assertThat(group.logo()).isVisible();
		Assertions.assertThat((Boolean) visitor.page()
			.evalOnSelector("#group-logo", "img => img.complete && img.naturalWidth > 0")).isTrue();
		assertThat(group.fact(message("form.legalForm"))).hasText(message("legalForm.npo-corporation"));
		assertThat(group.fact(message("form.founding"))).hasText(message("groups.founding.yearMonth", 2015, 4));
		assertThat(group.fact(message("form.memberCount"))).hasText(message("groups.memberCount.value", 120));
		assertThat(group.fact(message("groups.activityDays"))).containsText("毎月第2土曜日");
		assertThat(group.contactEmail()).hasCount(0);
		assertThat(visitor.page().locator("body")).not().containsText(contactEmail);
		assertThat(group.contactForm()).isVisible();

		group.sendContact("", "", "", "");
		ContactPage contact = new ContactPage(visitor);
		contact.assertCurrent();
		assertThat(contact.errorSummary()).isVisible();
		assertThat(contact.field("senderName")).hasAttribute("aria-invalid", "true");
		contact.field("senderName").fill("市民 花子");
		contact.field("senderEmail").fill("hanako@example.jp");
		contact.field("subject").fill("見学の申し込み");
		contact.field("message").fill("次の活動を見学できますか。");
		visitor.page().locator("#send-contact").click();
		ContactSentPage sent = new ContactSentPage(visitor);
		sent.assertCurrent();
		assertThat(sent.notice()).hasText(message("groups.contact.sent.notice", name));
		assertThat(visitor.page().locator("body")).not().containsText(contactEmail);

		OutboxMailView mail = outbox.list(contactEmail, 0, 1).getContent().getFirst();
		Assertions.assertThat(mail.replyTo()).isEqualTo("hanako@example.jp");
		Assertions.assertThat(mail.body()).contains("次の活動を見学できますか。");
	}

	private static byte[] picture() throws IOException {
		BufferedImage image = new BufferedImage(640, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(30, 110, 60));
		g.fillRect(0, 0, 640, 320);
		g.setColor(Color.WHITE);
		g.fillOval(220, 60, 200, 200);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.JAPANESE);
	}
}
