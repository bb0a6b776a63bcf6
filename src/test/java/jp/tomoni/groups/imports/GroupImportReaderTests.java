package jp.tomoni.groups.imports;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tomoni.imports.DetectedEncoding;
import jp.tomoni.imports.EncodingDetector;
import jp.tomoni.imports.HeaderText;
import jp.tomoni.imports.ImportFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Encoding detection, header matching and the three formats, on small files (src/test/resources/imports). */
class GroupImportReaderTests {

	private static final ImportContext SAGAMIHARA = new ImportContext("141500", "相模原市",
			Map.of("npo法人", "npo-corporation", "volunteergroup", "volunteer-group"));

	private static final ImportContext FUCHU_TOKYO = new ImportContext("132063", "府中市", Map.of());

	@TempDir
	Path temp;

	private static Path fixture(String name) throws URISyntaxException {
		return Path.of(GroupImportReaderTests.class.getResource("/imports/" + name).toURI());
	}

	private static List<ParsedLine> read(Path file, ImportFormat format, ImportContext context) throws Exception {
		DetectedEncoding encoding = EncodingDetector.detect(file).orElseThrow();
		List<ParsedLine> lines = new ArrayList<>();
		try (ImportReader reader = ImportReader.open(file, encoding, format, context)) {
			ParsedLine line;
			while ((line = reader.next()) != null) {
				lines.add(line);
			}
		}
		return lines;
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(temp.resolve(name), bytes);
	}

	private static byte[] concat(byte[] prefix, byte[] text) {
		byte[] all = new byte[prefix.length + text.length];
		System.arraycopy(prefix, 0, all, 0, prefix.length);
		System.arraycopy(text, 0, all, prefix.length, text.length);
		return all;
	}

	@Test
	void detectsUtf8WithAndWithoutByteOrderMark() throws IOException {
		byte[] text = "団体名,フリガナ\n子育ての会,コソダテノカイ\n".getBytes(StandardCharsets.UTF_8);
		assertThat(EncodingDetector.detect(write("plain.csv", text)).orElseThrow().label()).isEqualTo("UTF-8");
		DetectedEncoding bom = EncodingDetector
			.detect(write("bom.csv", concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, text)))
			.orElseThrow();
		assertThat(bom.label()).isEqualTo("UTF-8 (BOM)");
		assertThat(bom.bomLength()).isEqualTo(3);
	}

	@Test
	void detectsUtf16WithAndWithoutByteOrderMark() throws IOException {
		String text = "団体名,フリガナ\r\n子育ての会,コソダテノカイ\r\n";
		assertThat(EncodingDetector.detect(write("le-bom.csv", concat(new byte[] { (byte) 0xFF, (byte) 0xFE },
				text.getBytes(StandardCharsets.UTF_16LE)))).orElseThrow().label()).isEqualTo("UTF-16LE (BOM)");
		assertThat(EncodingDetector.detect(write("be.csv", text.getBytes(StandardCharsets.UTF_16BE))).orElseThrow().label())
			.isEqualTo("UTF-16BE");
		assertThat(EncodingDetector.detect(write("le.csv", text.getBytes(StandardCharsets.UTF_16LE))).orElseThrow().label())
			.isEqualTo("UTF-16LE");
	}

	@Test
	void detectsCp932AndRefusesWhatIsNeither() throws IOException {
		byte[] cp932 = "団体名,フリガナ\r\n①㈱髙橋の会,タカハシノカイ\r\n".getBytes(EncodingDetector.CP932);
		assertThat(EncodingDetector.detect(write("sjis.csv", cp932)).orElseThrow().charset())
			.isEqualTo(EncodingDetector.CP932);
		// 0x81 0x20: a CP932 lead byte followed by a byte that cannot trail it; and not UTF-8 either.
		assertThat(EncodingDetector.detect(write("garbage.csv", new byte[] { 'a', ',', (byte) 0x81, 0x20, '\n' })))
			.isEmpty();
	}

	@Test
	void headersMatchByNormalisedText() {
		assertThat(HeaderText.normalise("活動分野１０")).isEqualTo(HeaderText.normalise("活動分野10"));
		assertThat(HeaderText.normalise("法人名称（フリガナ）")).isEqualTo(HeaderText.normalise("法人名称 フリガナ"));
		assertThat(HeaderText.normalise("主たる事務所の\n所在地")).isEqualTo(HeaderText.normalise("主たる事務所の所在地"));
		assertThat(HeaderText.normalise("\uFEFFname_kana")).isEqualTo(HeaderText.normalise("NAME-KANA"));
	}

	@Test
	void tomoniFormatKeepsPhysicalLineNumbersAndRefusesExcelNumbers() throws Exception {
		List<ParsedLine> lines = read(fixture("tomoni-bad-lines.csv"), ImportFormat.TOMONI, SAGAMIHARA);
		assertThat(lines).extracting(ParsedLine::line).containsExactly(2L, 4L, 5L, 6L, 7L, 8L, 9L);
		ImportedRow first = ((ParsedLine.Row) lines.get(0)).row();
		assertThat(first.purpose()).isEqualTo("子育て中の親子が\n集える場をつくります。");
		assertThat(first.fieldCodes()).containsExactly("13", "01");
		assertThat(first.contactEmail()).isEqualTo("info@example.jp");
		assertThat(first.contactEmailVisibility()).isEqualTo("PUBLIC");
		assertThat(first.acceptsVolunteers()).isTrue();
		ParsedLine.Rejected excel = (ParsedLine.Rejected) lines.get(4);
		assertThat(excel.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(7);
			assertThat(problem.column()).isEqualTo("corporate_number");
			assertThat(problem.code()).isEqualTo("groupImport.error.excelNumber");
		});
		ImportedRow script = ((ParsedLine.Row) lines.get(6)).row();
		assertThat(script.name()).isEqualTo("<script>alert(1)</script>の会");
		assertThat(script.kindCode()).as("a kind given by its Japanese name").isEqualTo("npo-corporation");
		assertThat(script.fieldCodes()).as("Excel drops the leading zero").containsExactly("07");
	}

	@Test
	void recognisesTheFormatByItsHeader() throws Exception {
		DetectedEncoding encoding = EncodingDetector.detect(fixture("npo-portal-cp932.csv")).orElseThrow();
		try (ImportReader reader = ImportReader.open(fixture("npo-portal-cp932.csv"), encoding, null, SAGAMIHARA)) {
			assertThat(reader.format()).isEqualTo(ImportFormat.NPO_PORTAL);
			assertThat(reader.unusedColumns()).contains("代表者氏名", "設立年月日");
		}
		assertThatThrownBy(() -> ImportReader.open(fixture("npo-portal-cp932.csv"), encoding, ImportFormat.TOMONI,
				SAGAMIHARA))
			.isInstanceOf(ImportFileException.class)
			.extracting(failure -> ((ImportFileException) failure).code())
			.isEqualTo("groupImport.file.noHeader");
	}

	@Test
	void npoPortalKeepsTheMunicipalitysLiveCorporations() throws Exception {
		List<ParsedLine> lines = read(fixture("npo-portal-cp932.csv"), ImportFormat.NPO_PORTAL, SAGAMIHARA);
		assertThat(lines).extracting(ParsedLine::line).containsExactly(2L, 4L, 5L, 6L);
		ImportedRow midori = ((ParsedLine.Row) lines.get(0)).row();
		assertThat(midori.nameKana()).as("half-width kana made full-width").isEqualTo("ミドリノモリネット");
		assertThat(midori.corporateNumber()).isEqualTo("6340005002092");
		assertThat(midori.fieldCodes()).containsExactlyInAnyOrder("02", "07");
		assertThat(midori.kindCode()).isEqualTo("npo-corporation");
		assertThat(midori.activities()).isEqualTo("里山の保全事業\n環境学習事業");
		assertThat(midori.sourceId()).isEqualTo("6340005002092");
		assertThat(lines.get(1)).isEqualTo(new ParsedLine.Skipped(4, ParsedLine.SkipReason.OTHER_MUNICIPALITY));
		assertThat(lines.get(2)).isEqualTo(new ParsedLine.Skipped(5, ParsedLine.SkipReason.DISSOLVED));
		ImportedRow noKana = ((ParsedLine.Row) lines.get(3)).row();
		assertThat(noKana.nameKana()).as("reading guessed from the name").isEqualTo("コソダテヒロバ");
		assertThat(noKana.sourceId()).endsWith("/014000001");
	}

	@Test
	void tokyoListWithTitleRowAndMultiLineHeader() throws Exception {
		List<ParsedLine> lines = read(fixture("tokyo-npo-cp932.csv"), ImportFormat.TOKYO_NPO, FUCHU_TOKYO);
		assertThat(lines).extracting(ParsedLine::line).containsExactly(6L, 7L, 8L);
		ImportedRow fuchu = ((ParsedLine.Row) lines.get(0)).row();
		assertThat(fuchu.name()).isEqualTo("特定非営利活動法人府中まちねっと");
		assertThat(fuchu.nameKana()).isEqualTo("フチュウマチネット");
		assertThat(fuchu.fieldCodes()).containsExactlyInAnyOrder("01", "03");
		assertThat(fuchu.corporateNumber()).isEqualTo("6010005005541");
		assertThat(lines.get(1)).isEqualTo(new ParsedLine.Skipped(7, ParsedLine.SkipReason.OTHER_MUNICIPALITY));
		ParsedLine.Rejected space = (ParsedLine.Rejected) lines.get(2);
		assertThat(space.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("groupImport.error.fieldLabel");
			assertThat(problem.column()).isEqualTo("活動分野");
			assertThat(problem.arguments()).containsExactly("宇宙開発");
		});
	}

	@Test
	void aNationwideListNeverGivesOneFuchuTheOthersCorporations() {
		MunicipalityFilter tokyoFuchu = new MunicipalityFilter("132063", "府中市");
		assertThat(tokyoFuchu.portalRowBelongs("東京都", null, "府中市宮西町1-1")).isTrue();
		assertThat(tokyoFuchu.portalRowBelongs("広島県", null, "府中市府川町315")).isFalse();
		MunicipalityFilter sagamihara = new MunicipalityFilter("141500", "相模原市");
		assertThat(sagamihara.portalRowBelongs("相模原市", null, null)).isTrue();
		assertThat(sagamihara.portalRowBelongs("神奈川県", null, "神奈川県相模原市中央区")).isTrue();
		assertThat(sagamihara.portalRowBelongs("神奈川県", null, "横浜市中区")).isFalse();
	}

	@Test
	void aQuoteNeverClosedRefusesTheFile() throws Exception {
		Path broken = write("broken.csv", "name,name_kana,kind,fields,purpose\n\"a,b,c,d,e\n".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> read(broken, ImportFormat.TOMONI, SAGAMIHARA)).isInstanceOf(ImportFileException.class)
			.extracting(failure -> ((ImportFileException) failure).code())
			.isEqualTo("import.file.broken");
	}
}
