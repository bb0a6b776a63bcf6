package jp.tomoni.browser;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

import jp.tomoni.browser.EventPages.EventListPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A coordinator imports a municipality's event list (ベース・レジストリ format) on the upload page, first as a dry run,
 * then for real, and a visitor finds the imported event by a かな query. Every page scanned with axe-core.
 */
class EventImportBrowserTests extends BrowserTest {

	@TempDir
	Path temp;

	@Test
	void aCoordinatorImportsAnEventListAndAVisitorFindsTheEvent() throws Exception {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			suffix.append("アイウエオカキクケコサシスセソタチツテトナニヌネノ".charAt(ThreadLocalRandom.current().nextInt(25)));
		}
		String name = "絵本の読み聞かせ会" + suffix;
		String header;
		try (InputStream in = getClass().getResourceAsStream("/imports/events/base-registry.csv")) {
			header = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		}
		String[] cells = new String[50];
		Arrays.fill(cells, "");
		String day = LocalDate.now().plusDays(10).toString();
		cells[0] = "B" + suffix.hashCode();
		cells[1] = "141500";
		cells[2] = name;
		cells[8] = "図書館で絵本を読みます。";
		cells[16] = day;
		cells[17] = day;
		cells[18] = "10:00";
		cells[19] = "11:00";
		cells[21] = "相模原市立図書館";
		Path file = Files.writeString(temp.resolve("events.csv"), header + "\r\n" + String.join(",", cells) + "\r\n",
				StandardCharsets.UTF_8);

		Tab staff = chromium.newTab(baseUrl, "ja-JP");
		EventImportPage importPage = new EventImportPage(staff);
		importPage.navigate();
		SignInPage signIn = new SignInPage(staff);
		signIn.assertCurrent();
		signIn.signIn(COORDINATOR, DEMO_PASSWORD);
		importPage.assertCurrent();

		importPage.upload(file, true);
		importPage.assertCurrent();
		assertThat(importPage.outcome()).containsText("確認だけです");

		importPage.upload(file, false);
		importPage.assertCurrent();
		assertThat(importPage.outcome()).containsText("取り込みました");

		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		EventListPage events = new EventListPage(visitor);
		events.open();
		events.search(suffix + " えほん");
		assertThat(events.result(name).first()).isVisible();
	}
}
