package jp.tomoni.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class JapanesePdfTests {

	@Test
	void theJapaneseTextCanBeExtractedAgainAndTheFontIsAnEmbeddedSubset() throws IOException {
		byte[] bytes = JapanesePdf.write("参加証明書", pdf -> pdf.title("ボランティア活動参加証明書")
			.line("山田 太郎 様")
			.line("令和8年度に次の活動に参加したことを証明します。")
			.table(new float[] { 0.3f, 0.4f, 0.3f }, List.of("日付", "活動", "活動時間"),
					List.of(List.of("2026年5月10日", "相模川の清掃", "2.5時間"))));
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("ボランティア活動参加証明書", "山田 太郎 様", "令和8年度", "2026年5月10日", "相模川の清掃",
					"2.5時間");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("参加証明書");
			PDFont font = document.getPage(0).getResources().getFont(
					document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
			// A subset font's name starts with six capital letters and a plus sign (ISO 32000 9.6.4).
			assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
		}
		assertThat(bytes.length).as("a subset, not the 6 MB font").isLessThan(200_000);
	}

	@Test
	void longTablesBreakOntoNewPagesAndRepeatTheirHeader() throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			rows.add(List.of("第" + i + "回", "河川敷の清掃"));
		}
		byte[] bytes = JapanesePdf.write("一覧", pdf -> pdf.title("一覧").table(new float[] { 0.5f, 0.5f },
				List.of("回", "活動"), rows));
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(document.getNumberOfPages());
			stripper.setEndPage(document.getNumberOfPages());
			assertThat(stripper.getText(document)).contains("活動").contains("第120回").doesNotContain("第1回");
		}
	}
}
