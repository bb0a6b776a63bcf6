package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A coordinator uploads a list of groups, first one with a wrong line, then the corrected one. */
class GroupImportBrowserTests extends BrowserTest {

	@TempDir
	Path temp;

	@Test
	void aCoordinatorImportsAListAndSeesTheReport() throws IOException {
		String name = "ブラウザ取り込みの会" + ThreadLocalRandom.current().nextInt(1_000_000);
		String header = "source_id,name,name_kana,kind,fields,purpose\r\n";
		String good = "B-1,%s,ブラウザトリコミノカイ,volunteer-group,03,まちづくり\r\n".formatted(name);
		// Excel's own CSV: CP932.
		Path wrong = Files.write(temp.resolve("wrong.csv"),
				(header + good + "B-2,分野ちがい,ブンヤチガイ,volunteer-group,99,まちづくり\r\n").getBytes(Charset.forName("windows-31j")));
		Path right = Files.writeString(temp.resolve("right.csv"), header + good);

		Tab coordinator = chromium.newTab(baseUrl, "ja-JP");
		GroupImportPage importPage = new GroupImportPage(coordinator);
		importPage.navigate();
		SignInPage signIn = new SignInPage(coordinator);
		signIn.assertCurrent();
		signIn.signIn(COORDINATOR, DEMO_PASSWORD);
		importPage.assertCurrent();

		importPage.upload(wrong, false);
		importPage.assertCurrent();
		assertThat(importPage.outcome()).hasText(message("groupImport.report.rejected"));
		assertThat(importPage.rejectedLines()).hasCount(1);
		assertThat(importPage.rejectedLines().first()).containsText("3");
		assertThat(importPage.rejectedLines().first()).containsText("fields");

		importPage.upload(right, true);
		importPage.assertCurrent();
		assertThat(importPage.outcome()).hasText(message("groupImport.report.dryRunOk"));
		assertThat(importPage.count("created")).hasText("1");

		importPage.upload(right, false);
		importPage.assertCurrent();
		assertThat(importPage.outcome()).hasText(message("groupImport.report.applied"));
		assertThat(importPage.count("created")).hasText("1");
		importPage.upload(right, false);
		importPage.assertCurrent();
		assertThat(importPage.count("unchanged")).hasText("1");
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.JAPANESE);
	}
}
