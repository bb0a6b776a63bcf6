package jp.tomoni.places;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.imports.LineProblem;
import jp.tomoni.municipality.Municipalities;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The place import against the database: every list format of 焼津市 (fixtures, and the full files when
 * ../shared/data/places is there), encodings and quirks of real files, all or nothing, dry run, idempotent
 * re-import, the kind rule, the command line's exit status, and the open-data export that imports back to the
 * same records.
 */
@TomoniIntegrationTest
class PlaceImportIntegrationTests {

	private static final Path REAL_FILES = Path.of("../shared/data/places");

	private static final PlaceImportOptions APPLY = new PlaceImportOptions(null, "other", false, false);

	private static final PlaceImportOptions DRY_RUN = new PlaceImportOptions(null, "other", false, true);

	@Autowired
	PlaceImports imports;

	@Autowired
	PlaceImportCommandLine commandLine;

	@Autowired
	PlaceImportReportText text;

	@Autowired
	PlaceRepository places;

	@Autowired
	MessageSource messages;

	@Autowired
	Municipalities municipalities;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	static List<Path> fixtures() throws URISyntaxException, IOException {
		Path dir = Path.of(PlaceImportIntegrationTests.class.getResource("/imports/places").toURI());
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
		}
	}

	@Test
	void everyFixtureFormatImportsAndASecondImportChangesNothing() throws Exception {
		for (Path file : fixtures()) {
			PlaceImportReport first = imports.importFile(file, file.getFileName().toString(), APPLY, null);
			assertThat(first.problems()).as(file.toString()).isEmpty();
			assertThat(first.succeeded()).as(file.toString()).isTrue();
			assertThat(first.rows()).as(file.toString()).isPositive();
			assertThat(first.created() + first.updated() + first.unchanged()).isEqualTo(first.rows());
			PlaceImportReport second = imports.importFile(file, file.getFileName().toString(), APPLY, null);
			assertThat(second.created()).as(file.toString()).isZero();
			assertThat(second.updated()).as(file.toString()).isZero();
			assertThat(second.unchanged()).as(file.toString()).isEqualTo(second.rows());
		}
		Path preschool = fixtures().stream().filter(f -> f.toString().contains("preschool")).findFirst().orElseThrow();
		assertThat(imports.importFile(preschool, "p.csv", DRY_RUN, null).format()).isEqualTo("child-care");
	}

	@Test
	void theKindFollowsTheListTheNameAndTheKindColumn() throws Exception {
		for (Path file : fixtures()) {
			imports.importFile(file, file.getFileName().toString(), APPLY, null);
		}
		assertThat(kindOf("222127:public-facilities", "10947")).isEqualTo("community-exchange"); // 港地域交流センター, 備考 公民館
		assertThat(kindOf("222127:public-facilities", "11037")).isEqualTo("culture"); // 大井川文化会館
		assertThat(kindOf("222127:public-facilities", "10932")).isEqualTo("sports"); // 田尻スポーツ広場, グラウンド
		assertThat(kindOf("222127:public-facilities", "10966")).isEqualTo("welfare"); // 大井川福祉センター
		assertThat(kindOf("222127:public-facilities", "10930")).isEqualTo("library"); // 大井川図書館
		// The park list has no 全国地方公共団体コード: its places are the current municipality's list.
		String parks = municipalities.current().code() + ":parks";
		assertThat(kindOf(parks, "1")).isEqualTo("park");
		assertThat(kindOf("222127:child-care", "0013010001")).isEqualTo("child-care");
		Place park = places.findBySourceAndSourceKey(parks, "1").orElseThrow();
		PlaceCommand values = park.toCommand();
		assertThat(values.nameKana()).isNotBlank();
		assertThat(values.accessibleToilet()).isTrue();
		assertThat(values.parking()).isTrue();
		assertThat(values.note()).contains("32500");
		assertThat(values.latitude()).isEqualByComparingTo("34.842499");
	}

	private String kindOf(String source, String key) {
		return places.findBySourceAndSourceKey(source, key).orElseThrow().kindCode();
	}

	@Test
	void aFileWithABadLineIsRefusedWholeAndEveryLineIsReported() throws IOException {
		String code = uniqueCode();
		String header = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,POIコード,住所,方書,緯度,経度,"
				+ "電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,説明,バリアフリー情報,URL,備考\r\n";
		String good = code + ",1,静岡県,焼津市,よい会館,ヨイカイカン,,,静岡県焼津市本町1,,34.8, 138.3 ,,,,,,,,\"【開館時間】9:00\r\n【休館日】月曜日\",,,,公民館\r\n";
		String excel = code + ",1.00E+12,静岡県,焼津市,指数の会館,シスウノカイカン,,,静岡県焼津市本町2,,34.8,138.3,,,,,,,,,,,,\r\n";
		String noName = code + ",3,静岡県,焼津市,,,,,静岡県焼津市本町3,,34.8,138.3,,,,,,,,,,,,\r\n";
		String badCoordinates = code + ",4,静岡県,焼津市,座標の会館,ザヒョウノカイカン,,,静岡県焼津市本町4,,北緯34度,238.3,,,1234567890123,,,,,,,,,\r\n";
		Path file = Files.writeString(temp.resolve("bad.csv"), header + good + excel + noName + badCoordinates);
		long before = places.count();

		PlaceImportReport report = imports.importFile(file, "bad.csv", APPLY, null);

		assertThat(report.applied()).isFalse();
		assertThat(report.rejectedLines()).isEqualTo(3);
		assertThat(places.count()).isEqualTo(before);
		assertThat(report.problems()).extracting(LineProblem::line).contains(4L, 5L, 6L).doesNotContain(2L, 3L);
		assertThat(report.problems()).extracting(LineProblem::column).contains("NO", "名称", "緯度", "法人番号");
		List<String> sentences = text.problems(report, Locale.JAPANESE).stream().map(p -> p.message()).toList();
		assertThat(sentences).anyMatch(s -> s.contains("「NO」") && s.contains("指数表記"));
		assertThat(sentences).anyMatch(s -> s.contains("「名称」が空です"));
		assertThat(sentences).anyMatch(s -> s.contains("「緯度」") && s.contains("北緯34度"));
		assertThat(sentences).anyMatch(s -> s.contains("「法人番号」"));
		assertThat(text.outcome(report, Locale.JAPANESE)).isEqualTo(message("placeImport.report.rejected"));

		Path fixed = Files.writeString(temp.resolve("good.csv"), header + good);
		PlaceImportReport dryRun = imports.importFile(fixed, "good.csv", DRY_RUN, null);
		assertThat(dryRun.succeeded()).isTrue();
		assertThat(dryRun.created()).isEqualTo(1);
		assertThat(places.count()).as("a dry run applies nothing").isEqualTo(before);

		PlaceImportReport applied = imports.importFile(fixed, "good.csv", APPLY, null);
		assertThat(applied.applied()).isTrue();
		PlaceCommand stored = places.findBySourceAndSourceKey(code + ":public-facilities", "1").orElseThrow().toCommand();
		assertThat(stored.longitude()).isEqualByComparingTo("138.3");
		assertThat(stored.hoursNote()).isEqualTo("【開館時間】9:00\n【休館日】月曜日");
		assertThat(stored.kindCode()).isEqualTo("community-hall");
	}

	@Test
	void cp932WithATitleRowAndUtf16AreRead() throws IOException {
		String code = uniqueCode();
		String table = "公共施設一覧(令和7年4月1日現在)\r\n\r\n"
				+ "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,住所,緯度,経度\r\n" + code
				+ ",7,静岡県,焼津市,髙橋ふれあい広場,,静岡県焼津市①丁目,34.8,138.3\r\n";
		Path cp932 = Files.write(temp.resolve("cp932.csv"), table.getBytes(Charset.forName("windows-31j")));
		PlaceImportReport report = imports.importFile(cp932, "cp932.csv", APPLY, null);
		assertThat(report.problems()).isEmpty();
		assertThat(report.encoding()).startsWith("CP932");
		assertThat(report.created()).isEqualTo(1);
		PlaceCommand stored = places.findBySourceAndSourceKey(code + ":public-facilities", "7").orElseThrow().toCommand();
		assertThat(stored.nameKana()).as("guessed by Kuromoji").matches("[ァ-ヺー ]+");

		Path utf16 = Files.write(temp.resolve("utf16.csv"), table.replace(",7,", ",8,").getBytes(StandardCharsets.UTF_16LE));
		PlaceImportReport second = imports.importFile(utf16, "utf16.csv", APPLY, null);
		assertThat(second.problems()).isEmpty();
		assertThat(second.encoding()).startsWith("UTF-16LE");
	}

	@Test
	void otherMunicipalitiesAreSkippedOnlyWhenAsked() throws IOException {
		String header = "都道府県コード又は市区町村コード,NO,名称,名称_カナ,住所\r\n";
		String other = uniqueCode();
		Path file = Files.writeString(temp.resolve("mixed.csv"),
				header + other + ",1,よその会館,ヨソノカイカン,どこか1\r\n141500,P-" + other + ",相模原の会館,サガミハラノカイカン,相模原市1\r\n");
		PlaceImportReport own = imports.importFile(file, "mixed.csv", new PlaceImportOptions(null, "other", true, true),
				null);
		assertThat(own.skipped()).isEqualTo(1);
		assertThat(own.created()).isEqualTo(1);
		PlaceImportReport all = imports.importFile(file, "mixed.csv", DRY_RUN, null);
		assertThat(all.skipped()).isZero();
		assertThat(all.created()).isEqualTo(2);
	}

	@Test
	void theCommandLineExitsWithTheOutcome() throws Exception {
		Path fixture = fixtures().getFirst();
		assertThat(run("import", "places", fixture.toString(), "--dry-run")).isEqualTo(PlaceImportCommandLine.APPLIED);
		Path bad = Files.writeString(temp.resolve("bad.csv"), "公園名,住所,緯度,経度\r\n,焼津市1,34.8,138.3\r\n");
		assertThat(run("import", "places", bad.toString())).isEqualTo(PlaceImportCommandLine.REFUSED);
		assertThat(run("import", "places")).isEqualTo(PlaceImportCommandLine.USAGE);
		assertThat(run("import", "places", fixture.toString(), "--format=nope")).isEqualTo(PlaceImportCommandLine.USAGE);
		assertThat(run("import", "places", fixture.toString(), "--kind=nope")).isEqualTo(PlaceImportCommandLine.USAGE);
		assertThat(PlaceImportCommandLine.isPlaceImport("import", "places", "x")).isTrue();
		assertThat(PlaceImportCommandLine.isPlaceImport("import", "groups", "x")).isFalse();
	}

	private int run(String... args) {
		return commandLine.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
	}

	@Test
	void theOpenDataExportImportsBackToTheSameRecords() throws Exception {
		for (Path file : fixtures()) {
			imports.importFile(file, file.getFileName().toString(), APPLY, null);
		}
		byte[] csv = mvc.perform(get("/opendata/places.csv")).andReturn().getResponse().getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		List<PlaceCommand> before = places.findAll().stream().map(Place::toCommand).toList();
		long count = places.count();
		Path exported = Files.write(temp.resolve("places.csv"), csv);

		PlaceImportReport report = imports.importFile(exported, "places.csv", APPLY, null);

		assertThat(report.problems()).isEmpty();
		List<PlaceCommand> after = places.findAll().stream().map(Place::toCommand).toList();
		assertThat(after.stream().filter(c -> !before.contains(c)).toList()).isEmpty();
		assertThat(report.format()).isEqualTo("standard");
		assertThat(report.created()).isZero();
		assertThat(report.updated()).isZero();
		assertThat(report.unchanged()).isEqualTo(report.rows()).isPositive();
		assertThat(places.count()).isEqualTo(count);
		assertThat(places.findAll().stream().map(Place::toCommand).toList()).containsExactlyInAnyOrderElementsOf(before);
		String json = mvc.perform(get("/opendata/places.json")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"名称_カナ\"").contains("\"所在地_連結表記\"");
	}

	@Test
	void everyRealFileImportsWithoutARejectedLineAndASecondImportChangesNothing() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(REAL_FILES), "../shared/data/places is not on this machine");
		List<Path> files;
		try (Stream<Path> list = Files.list(REAL_FILES)) {
			files = list.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
		}
		assertThat(files).hasSize(8);
		long rows = 0;
		List<String> problems = new ArrayList<>();
		for (Path file : files) {
			PlaceImportReport report = imports.importFile(file, file.getFileName().toString(), APPLY, null);
			text.problems(report, Locale.JAPANESE).forEach(p -> problems.add(file.getFileName() + ":" + p.line() + " " + p.message()));
			assertThat(report.fileProblem()).as(file.toString()).isNull();
			rows += report.rows();
		}
		assertThat(problems).isEmpty();
		assertThat(rows).isEqualTo(9 + 6 + 28 + 16 + 2 + 11 + 142 + 60);
		for (Path file : files) {
			PlaceImportReport again = imports.importFile(file, file.getFileName().toString(), APPLY, null);
			assertThat(again.created() + again.updated()).as(file.toString()).isZero();
			assertThat(again.unchanged()).as(file.toString()).isEqualTo(again.rows());
		}
	}

	private static String uniqueCode() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
	}

	private String message(String key) {
		return messages.getMessage(key, null, Locale.JAPANESE);
	}
}
