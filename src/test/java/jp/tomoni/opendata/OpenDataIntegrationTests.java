package jp.tomoni.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jp.tomoni.TomoniIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The open-data page lists the groups dataset with its licence, downloads, columns and date, for visitors. */
@TomoniIntegrationTest
class OpenDataIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void visitorsSeeTheGroupsDatasetWithItsLicenceAndDownloads() throws Exception {
		String html = mvc.perform(get("/opendata")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		Element groups = page.getElementById("dataset-groups");
		assertThat(groups).isNotNull();
		assertThat(groups.selectFirst("a.licence").attr("href")).isEqualTo("https://creativecommons.org/licenses/by/4.0/deed.ja");
		assertThat(groups.selectFirst("a.licence").text()).isEqualTo("CC BY 4.0");
		assertThat(groups.selectFirst(".attribution").text()).contains("相模原市", "クリエイティブ・コモンズ 表示 4.0");
		assertThat(groups.select("a.download").eachAttr("href")).containsExactly("/groups/export.csv",
				"/groups/export.json");
		assertThat(groups.selectFirst("a.columns").attr("href")).isEqualTo("/opendata/groups");
		assertThat(groups.selectFirst(".last-modified").text()).matches("\\d{4}-\\d{2}-\\d{2}");

		String columns = mvc.perform(get("/opendata/groups")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(columns).select("#dataset-columns tbody tr")).hasSize(22);
		mvc.perform(get("/opendata/no-such-dataset")).andExpect(status().isNotFound());
	}

	@Test
	void theCsvDownloadIsUtf8WithAByteOrderMark() throws Exception {
		byte[] csv = mvc.perform(get("/groups/export.csv")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("ID,団体名,団体名フリガナ");
	}
}
