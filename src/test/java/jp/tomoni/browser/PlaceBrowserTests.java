package jp.tomoni.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator imports a list of places through the upload page (a dry run, then for real) and tries the form; a
 * visitor finds one of the places by a かな query and opens its page. Every page is scanned with axe-core.
 */
class PlaceBrowserTests extends BrowserTest {

	@TempDir
	Path temp;

	@Test
	void staffImportAPlaceListAndAVisitorFindsAPlaceByItsReading() throws IOException {
		int n = ThreadLocalRandom.current().nextInt(100_000, 999_999);
		String header = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,住所,緯度,経度,利用可能日時特記事項,バリアフリー情報,備考\r\n";
		String row = "%d,B-1,神奈川県,相模原市,つどいの森交流館%d,ツドイノモリコウリュウカン,神奈川県相模原市緑区橋本1-1,35.59,139.34,【開館時間】9:00～21:00,車いす対応;エレベーター,公民館\r\n"
			.formatted(n, n);
		Path file = Files.write(temp.resolve("places.csv"), ("\uFEFF" + header + row).getBytes(java.nio.charset.StandardCharsets.UTF_8));

		Tab staff = chromium.newTab(baseUrl, "ja-JP");
		PlaceImportPage importPage = new PlaceImportPage(staff);
		importPage.navigate();
		SignInPage signIn = new SignInPage(staff);
		signIn.assertCurrent();
		signIn.signIn(COORDINATOR, DEMO_PASSWORD);
		importPage.assertCurrent();

		importPage.upload(file, true);
		importPage.assertCurrent();
		assertThat(importPage.outcome()).hasText(message("placeImport.report.dryRunOk"));
		assertThat(importPage.count("created")).hasText("1");

		importPage.upload(file, false);
		importPage.assertCurrent();
		assertThat(importPage.outcome()).hasText(message("placeImport.report.applied"));
		importPage.upload(file, false);
		importPage.assertCurrent();
		assertThat(importPage.count("unchanged")).hasText("1");

		PlaceFormPage form = new PlaceFormPage(staff);
		form.open();
		form.field("name").fill("緯度のまちがい");
		form.field("nameKana").fill("いどのまちがい");
		form.field("address").fill("相模原市中央区1");
		form.field("latitude").fill("135.5");
		form.field("longitude").fill("139.3");
		form.save();
		form.assertCurrent();
		assertThat(form.error("latitude")).containsText("緯度");

		Tab visitor = chromium.newTab(baseUrl, "ja-JP");
		PlacesPage places = new PlacesPage(visitor);
		places.open();
		places.search("つどいのもり " + n);
		assertThat(places.result("つどいの森交流館" + n)).hasCount(1);
		places.result("つどいの森交流館" + n).click();
		PlacePage place = new PlacePage(visitor);
		place.assertCurrent();
		assertThat(place.heading()).hasText("つどいの森交流館" + n);
		assertThat(place.address()).containsText("神奈川県相模原市緑区橋本1-1");
		assertThat(place.mapLink()).hasAttribute("href", java.util.regex.Pattern.compile("openstreetmap\\.org/.*mlat=35\\.59"));
		assertThat(place.jsonLd()).hasCount(1);
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.JAPANESE);
	}
}
