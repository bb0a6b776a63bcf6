package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.InputStream;

import jp.tomoni.TomoniIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The upload page of the event import: the command line's report on a page, a dry run, refusals naming the field. */
@TomoniIntegrationTest
class EventImportPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	private MockMultipartFile fixture(String name) throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/imports/events/" + name)) {
			return new MockMultipartFile("file", name, "text/csv", in.readAllBytes());
		}
	}

	private String upload(MockMultipartFile file, boolean dryRun) throws Exception {
		var request = multipart("/backoffice/events/import").file(file)
			.with(csrf())
			.with(user(users.loadUserByUsername("coordinator@example.jp")));
		if (dryRun) {
			request.param("dryRun", "true");
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void aDryRunReportsTheFileAndWritesNothing() throws Exception {
		String page = upload(fixture("base-registry.csv"), true);

		assertThat(page).contains("id=\"import-outcome\"").contains("確認だけです").contains("base-registry.csv");
	}

	@Test
	void aFileWithRejectedLinesImportsNothingAndListsEachLine() throws Exception {
		String page = upload(fixture("rejected-lines.csv"), false);

		assertThat(page).contains("何も取り込んでいません").contains("id=\"import-lines\"").contains("行目");
	}

	@Test
	void anEmptyUploadIsRefusedNamingTheField() throws Exception {
		String page = upload(new MockMultipartFile("file", "", "text/csv", new byte[0]), false);

		assertThat(page).contains("ファイル(file)を選んでください。").contains("aria-invalid=\"true\"");
	}
}
