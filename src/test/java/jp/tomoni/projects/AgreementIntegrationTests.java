package jp.tomoni.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.audit.AuditEntryView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditQuery;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.JapanesePdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Agreements of collaboration projects: staff draft the terms and generate a PDF whose Japanese text PDFBox reads
 * back (title, parties, articles; font embedded; A4), each generation is a version kept with its own PDF, refusals
 * name the field in Japanese and keep what was typed, the signed scan is a PDF or an image within the size limit,
 * and the public page shows the summary but not the scan. (Roles: RoleMatrixIntegrationTests.)
 */
@TomoniIntegrationTest
class AgreementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Projects projects;

	@Autowired
	Municipalities municipalities;

	@Autowired
	AuditLog auditLog;

	private static String marker() {
		return Long.toString(System.nanoTime(), 36);
	}

	private MvcResult as(String account, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(account))).with(csrf())).andReturn();
	}

	private static Document html(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private long project(String m) {
		return projects.register(new ProjectCommand("花壇の協働" + m, "駅前の花壇を手入れします。", "co-hosting", null, true,
				"civic-collaboration", Set.of("03"), null, LocalDate.of(2026, 5, 1), LocalDate.of(2027, 3, 31),
				ProjectOrigin.DIRECT, null, ProjectStatus.RUNNING,
				List.of(new ProjectPartner(null, "緑の会" + m, PartnerKind.OTHER, "花壇の手入れ", null),
						new ProjectPartner(null, "相模グリーン" + m, PartnerKind.BUSINESS, "苗の提供", "地元の事業者"))));
	}

	private static MockHttpServletRequestBuilder draft(long id, String purpose, String... duties) {
		return draft(id, Map.of(), purpose, duties);
	}

	/** The draft with some dates replaced (periodEnd, concludedOn). */
	private static MockHttpServletRequestBuilder draft(long id, Map<String, String> dates, String purpose,
			String... duties) {
		return post("/backoffice/projects/" + id + "/agreement").param("purpose", purpose)
			.param("duties", duties)
			.param("costSplit", "苗の費用は市が負担し、作業の費用は各団体が負担する。")
			.param("periodStart", "2026-05-01")
			.param("periodEnd", dates.getOrDefault("periodEnd", "2027-03-31"))
			.param("personalInformation", "参加者の個人情報は事業の目的の範囲でのみ取り扱う。")
			.param("reportsDue", "中間報告を10月末までに、完了報告を4月末までに提出する。")
			.param("termination", "一方の当事者が協定に違反したときは、協議の上で解除できる。")
			.param("concludedOn", dates.getOrDefault("concludedOn", "2026-04-20"));
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void theGeneratedPdfIsA4JapaneseWithItsPartiesAndArticles() throws Exception {
		String m = marker();
		long id = project(m);
		String city = municipalities.current().name();
		Document page = html(as("coordinator@example.jp", get("/backoffice/projects/" + id + "/agreement")));
		assertThat(page.select("label[for=duties-2]").text()).contains(city);
		assertThat(page.select("#duties-0").text()).isEqualTo("花壇の手入れ");

		MvcResult generated = as("coordinator@example.jp",
				draft(id, "駅前の花壇を協働で美しく保つ" + m, "花壇の手入れと参加者の募集", "苗の提供", "苗の費用の負担と広報"));
		assertThat(generated.getResponse().getRedirectedUrl()).endsWith("/backoffice/projects/" + id + "/agreement#versions");
		assertThat(generated.getFlashMap().get("doneVersion")).isEqualTo(1);

		MvcResult pdf = as("coordinator@example.jp", get("/backoffice/projects/" + id + "/agreement/1/pdf"));
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		byte[] bytes = pdf.getResponse().getContentAsByteArray();
		String text = text(bytes);
		assertThat(text).contains("協働事業協定書", "緑の会" + m, "相模グリーン" + m, city, "第1条", "第2条", "第7条",
				"駅前の花壇を協働で美しく保つ" + m, "苗の費用の負担と広報", "令和8年4月20日", "印");
		try (PDDocument document = Loader.loadPDF(bytes)) {
			assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
			PDFont font = document.getPage(0).getResources().getFont(
					document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
		}
		assertThat(auditLog.search(new AuditQuery(null, null, "project", id + "/agreement/1", null, null), 0, 10)
			.getContent()).extracting(AuditEntryView::action).contains("project.agreement.generated");
	}

	@Test
	void eachGenerationIsAVersionKeptWithItsOwnPdf() throws Exception {
		String m = marker();
		long id = project(m);
		as("staff@example.jp", draft(id, "最初の目的" + m, "手入れ", "苗", "費用"));
		as("admin@example.jp", draft(id, "改めた目的" + m, "手入れ", "苗", "費用"));
		assertThat(text(as("staff@example.jp", get("/backoffice/projects/" + id + "/agreement/1/pdf")).getResponse()
			.getContentAsByteArray())).contains("最初の目的" + m).doesNotContain("改めた目的" + m);
		assertThat(text(as("staff@example.jp", get("/backoffice/projects/" + id + "/agreement/2/pdf")).getResponse()
			.getContentAsByteArray())).contains("改めた目的" + m);
		Document page = html(as("staff@example.jp", get("/backoffice/projects/" + id + "/agreement")));
		assertThat(page.select("#agreement-versions tbody tr")).hasSize(2);
		assertThat(page.select("#version-1").text()).contains("第1版");
		assertThat(page.select("#version-2").text()).contains("第2版");
		// the next draft starts from the latest version
		assertThat(page.select("#purpose").text()).isEqualTo("改めた目的" + m);
		assertThat(as("staff@example.jp", get("/backoffice/projects/" + id + "/agreement/3/pdf")).getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void refusalsNameTheFieldAndKeepWhatWasTyped() throws Exception {
		String m = marker();
		long id = project(m);
		Document page = html(as("staff@example.jp",
				draft(id, Map.of("concludedOn", "2026-13-40"), "", "手入れ" + m, "", "費用")));
		String errors = page.select(".error-summary").text();
		assertThat(errors).contains("目的を入力してください", "相模グリーン" + m + "の役割と責任を入力してください",
				"締結日");
		assertThat(page.select("#duties-0").text()).isEqualTo("手入れ" + m);
		assertThat(page.select("#concludedOn").val()).isEqualTo("2026-13-40");
		assertThat(page.select("#no-versions")).hasSize(1);

		Document period = html(as("staff@example.jp", draft(id, Map.of("periodEnd", "2026-04-01"), "目的", "a", "b", "c")));
		assertThat(period.select(".error-summary").text()).contains("協定期間の終わりは、協定期間の始まり以降の日付にしてください");
		assertThat(period.select("#no-versions")).hasSize(1);
	}

	@Test
	void theSignedScanIsAPdfOrAnImageWithinTheLimit() throws Exception {
		String m = marker();
		long id = project(m);
		as("staff@example.jp", draft(id, "目的" + m, "a", "b", "c"));
		String scanUrl = "/backoffice/projects/" + id + "/agreement/1/scan";

		MvcResult tooLarge = as("staff@example.jp", multipart(scanUrl)
			.file(new MockMultipartFile("scan", "big.pdf", "application/pdf", new byte[11 * 1024 * 1024])));
		assertThat((String) tooLarge.getFlashMap().get("scanError")).contains("押印済みの写し", "10 MB");
		MvcResult notAFile = as("staff@example.jp", multipart(scanUrl)
			.file(new MockMultipartFile("scan", "note.txt", "text/plain", "署名しました".getBytes(StandardCharsets.UTF_8))));
		assertThat((String) notAFile.getFlashMap().get("scanError")).contains("押印済みの写し", "PDF", "画像");
		MvcResult brokenPdf = as("staff@example.jp", multipart(scanUrl)
			.file(new MockMultipartFile("scan", "broken.pdf", "application/pdf", "%PDF-1.7 broken".getBytes())));
		assertThat((String) brokenPdf.getFlashMap().get("scanError")).contains("PDF として開けませんでした");
		assertThat(as("staff@example.jp", get(scanUrl)).getResponse().getStatus()).isEqualTo(404);

		byte[] signed = JapanesePdf.write("押印済み", doc -> doc.title("押印済み" + m));
		MvcResult ok = as("staff@example.jp",
				multipart(scanUrl).file(new MockMultipartFile("scan", "signed.pdf", "application/pdf", signed)));
		assertThat(ok.getFlashMap().get("scanError")).isNull();
		MvcResult download = as("coordinator@example.jp", get(scanUrl));
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(Arrays.equals(download.getResponse().getContentAsByteArray(), signed)).isTrue();
		assertThat(html(as("staff@example.jp", get("/backoffice/projects/" + id + "/agreement"))).select("#version-1")
			.text()).contains("signed.pdf");
		assertThat(auditLog.search(new AuditQuery(null, null, "project", id + "/agreement/1", null, null), 0, 10)
			.getContent()).extracting(AuditEntryView::action).contains("project.agreement.scanned");
	}

	@Test
	void thePublicPageShowsTheSummaryButNotTheScan() throws Exception {
		String m = marker();
		long id = project(m);
		Document before = Jsoup.parse(mvc.perform(get("/projects/" + id)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(before.select("#agreement-summary")).isEmpty();
		as("staff@example.jp", draft(id, "目的" + m, "a", "b", "c"));
		as("staff@example.jp", multipart("/backoffice/projects/" + id + "/agreement/1/scan").file(
				new MockMultipartFile("scan", "signed.pdf", "application/pdf", JapanesePdf.write("x", d -> d.line("x")))));
		Document page = Jsoup.parse(mvc.perform(get("/projects/" + id)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#agreement-concluded").text()).isEqualTo("2026-04-20");
		assertThat(page.select("#agreement-period").text()).contains("2026-05-01", "2027-03-31");
		assertThat(page.select("#agreement-parties li").eachText()).containsExactly("緑の会" + m, "相模グリーン" + m,
				municipalities.current().name());
		assertThat(page.select("a[href*=/agreement]")).isEmpty();
		assertThat(page.text()).doesNotContain("signed.pdf");
	}

	@Test
	void groupAdministratorsAndVisitorsCannotReachAgreements() throws Exception {
		long id = project(marker());
		assertThat(as("group-admin@example.jp", get("/backoffice/projects/" + id + "/agreement")).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(as("reviewer@example.jp", draft(id, "目的", "a", "b", "c")).getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/backoffice/projects/" + id + "/agreement/1/pdf")).andReturn().getResponse()
			.getStatus()).isEqualTo(302);
	}
}
