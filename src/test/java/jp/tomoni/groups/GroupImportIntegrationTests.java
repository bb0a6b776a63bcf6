package jp.tomoni.groups;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditQuery;
import jp.tomoni.groups.imports.ImportFormat;
import jp.tomoni.imports.LineProblem;
import jp.tomoni.shared.CorporateNumber;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The group import against the database and the search index: all or nothing, dry run, idempotent re-import,
 * the NPO portal's rows of the municipality only, the command line's exit status and the upload page.
 */
@TomoniIntegrationTest
class GroupImportIntegrationTests {

	private static final String HEADER = "source_id,name,name_kana,kind,corporate_number,fields,areas,purpose,"
			+ "activities,accepts_volunteers,contact_email,contact_email_visibility\r\n";

	@Autowired
	GroupImports imports;

	@Autowired
	GroupImportCommandLine commandLine;

	@Autowired
	GroupImportReportText text;

	@Autowired
	GroupRepository groups;

	@Autowired
	GroupDirectory directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditLog auditLog;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@TempDir
	Path temp;

	/** Katakana letters only, so that Kuromoji keeps the name one word. */
	private static String unique() {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			suffix.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		return suffix.toString();
	}

	private static String corporateNumber() {
		String base = "%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
		return CorporateNumber.checkDigit(base) + base;
	}

	/** A valid Tomoni file of {@code rows} groups named {@code prefix} + number. */
	private Path tomoniFile(String prefix, int rows, Function<Integer, String> purpose) throws IOException {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < rows; i++) {
			String number = i % 2 == 0 ? corporateNumber() : "";
			csv.append("%s-%d,%s%d,%s,volunteer-group,%s,13;01,hashimoto,\"%s\",親子サロン,はい,info@example.jp,STAFF\r\n"
				.formatted(prefix, i, prefix, i, "コソダテ", number, purpose.apply(i)));
		}
		return Files.writeString(temp.resolve(prefix + ".csv"), csv.toString(), StandardCharsets.UTF_8);
	}

	private long coordinator() {
		return accounts.findByEmail("coordinator@example.jp").orElseThrow().id();
	}

	private static Path fixture(String name) throws URISyntaxException {
		return Path.of(GroupImportIntegrationTests.class.getResource("/imports/" + name).toURI());
	}

	private Map<String, Instant> updatedAtByName(String prefix) {
		return groups.findAll()
			.stream()
			.filter(group -> group.name().startsWith(prefix))
			.collect(Collectors.toMap(Group::name, group -> group.toSummary().updatedAt()));
	}

	@Test
	void oneBadLineAndNothingIsApplied() throws Exception {
		long before = groups.count();
		GroupImportReport report = imports.importFile(fixture("tomoni-bad-lines.csv"), "tomoni-bad-lines.csv",
				ImportFormat.TOMONI, false, coordinator());
		assertThat(report.applied()).isFalse();
		assertThat(report.succeeded()).isFalse();
		assertThat(report.rejectedLines()).isEqualTo(5);
		assertThat(report.problems()).extracting(LineProblem::line, LineProblem::code)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(4L, "groupImport.error.corporateNumber"),
					org.assertj.core.groups.Tuple.tuple(5L, "groupImport.error.fields"),
					org.assertj.core.groups.Tuple.tuple(6L, "groupImport.error.required"),
					org.assertj.core.groups.Tuple.tuple(7L, "groupImport.error.excelNumber"),
					org.assertj.core.groups.Tuple.tuple(8L, "groupImport.error.tooLong"));
		assertThat(groups.count()).isEqualTo(before);
		List<String> lines = text.lines(report, Locale.JAPANESE);
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("4行目")
			.contains("「corporate_number」", "1234567890123", "チェックディジット"));
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("8行目").contains("「purpose」", "2000", "2001"));
		assertThat(lines).anySatisfy(line -> assertThat(line).contains("何も取り込んでいません"));
	}

	@Test
	void aDryRunCountsAndChangesNothing() throws Exception {
		String prefix = "ドライ" + unique();
		long before = groups.count();
		GroupImportReport report = imports.importFile(tomoniFile(prefix, 5, i -> "目的"), "dry.csv", null, true,
				coordinator());
		assertThat(report.succeeded()).isTrue();
		assertThat(report.applied()).isFalse();
		assertThat(report.format()).isEqualTo("tomoni");
		assertThat(report.created()).isEqualTo(5);
		assertThat(groups.count()).isEqualTo(before);
	}

	@Test
	void importedGroupsArePublicSearchableAndAReimportChangesNothing() throws Exception {
		String prefix = "トリコミ" + unique();
		Path file = tomoniFile(prefix, 7, i -> "子育て中の親子が<script>alert(" + i + ")</script>集える場");
		GroupImportReport first = imports.importFile(file, "groups.csv", ImportFormat.TOMONI, false, coordinator());
		assertThat(first.applied()).isTrue();
		assertThat(first.created()).isEqualTo(7);
		Map<String, Instant> updated = updatedAtByName(prefix);
		assertThat(updated).hasSize(7);
		Group one = groups.findAll().stream().filter(g -> g.name().equals(prefix + "3")).findFirst().orElseThrow();
		assertThat(one.status()).isEqualTo(GroupStatus.APPROVED);
		assertThat(one.ownerAccountId()).isEqualTo(coordinator());
		assertThat(one.toCommand().purpose()).as("script is stored as text").contains("<script>alert(3)</script>");
		assertThat(directory.search(new DirectoryQuery(prefix + "3", null, null, null, false, null, 0, 20, false)).items())
			.as("indexed after the import")
			.extracting(GroupSummary::name)
			.contains(prefix + "3");

		GroupImportReport again = imports.importFile(file, "groups.csv", ImportFormat.TOMONI, false, coordinator());
		assertThat(again.succeeded()).isTrue();
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(7);
		assertThat(updatedAtByName(prefix)).isEqualTo(updated);

		String changed = Files.readString(file).replace("alert(3)", "alert(33)");
		GroupImportReport third = imports.importFile(Files.writeString(file, changed), "groups.csv", ImportFormat.TOMONI,
				false, coordinator());
		assertThat(third.updated()).isEqualTo(1);
		assertThat(third.unchanged()).isEqualTo(6);
		assertThat(auditLog.search(new AuditQuery(null, "group.import", null, null, null, null), 0, 50).getContent())
			.anySatisfy(entry -> assertThat(entry.toString()).contains("created=7"));
	}

	@Test
	void theNpoPortalGivesTheMunicipalitysLiveCorporationsOnly() throws Exception {
		GroupImportReport report = imports.importFile(fixture("npo-portal-cp932.csv"), "000_AdministrativeInputData.csv",
				null, false, coordinator());
		assertThat(report.succeeded()).as(String.join("\n", text.lines(report, Locale.JAPANESE))).isTrue();
		assertThat(report.format()).isEqualTo("npo-portal");
		assertThat(report.encoding()).startsWith("CP932");
		assertThat(report.created() + report.unchanged()).isEqualTo(2);
		assertThat(report.skippedOtherMunicipality()).isEqualTo(1);
		assertThat(report.skippedDissolved()).isEqualTo(1);
		assertThat(groups.findAll()).filteredOn(group -> "特定非営利活動法人みどりの森ネット".equals(group.name()))
			.singleElement()
			.satisfies(group -> {
				assertThat(group.toCommand().corporateNumber()).isEqualTo("6340005002092");
				assertThat(group.toCommand().kindCode()).isEqualTo("npo-corporation");
				assertThat(group.toCommand().nameKana()).isEqualTo("ミドリノモリネット");
			});
		GroupImportReport again = imports.importFile(fixture("npo-portal-cp932.csv"), "again.csv",
				ImportFormat.NPO_PORTAL, false, coordinator());
		assertThat(again.unchanged()).isEqualTo(2);
	}

	@Test
	void theCommandLineExitsWithZeroOnlyWhenTheWholeFileApplies() throws Exception {
		String prefix = "コマンド" + unique();
		Path good = tomoniFile(prefix, 3, i -> "目的");
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
		String as = "--as=coordinator@example.jp";
		assertThat(commandLine.run(new String[] { "import", "groups", good.toString(), "--dry-run", as }, out)).isZero();
		assertThat(updatedAtByName(prefix)).isEmpty();
		assertThat(commandLine.run(new String[] { "import", "groups", good.toString(), "--format=tomoni", as }, out))
			.isZero();
		assertThat(updatedAtByName(prefix)).hasSize(3);
		assertThat(commandLine.run(
				new String[] { "import", "groups", fixture("tomoni-bad-lines.csv").toString(), as }, out))
			.isEqualTo(GroupImportCommandLine.REFUSED);
		assertThat(commandLine.run(new String[] { "import", "groups", good.toString(), "--format=excel", as }, out))
			.isEqualTo(GroupImportCommandLine.USAGE);
		assertThat(commandLine.run(new String[] { "import", "groups", temp.resolve("none.csv").toString(), as }, out))
			.isEqualTo(GroupImportCommandLine.USAGE);
		assertThat(commandLine.run(new String[] { "import", "groups", good.toString(), "--as=citizen@example.jp" }, out))
			.as("a citizen may not own imported groups")
			.isEqualTo(GroupImportCommandLine.USAGE);
		assertThat(commandLine.run(new String[] { "import", "groups" }, out)).isEqualTo(GroupImportCommandLine.USAGE);
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("確認のみ", "ファイル全体を取り込みました", "却下",
				"使い方");
	}

	@Test
	void coordinatorsUploadAFileAndSeeTheReport() throws Exception {
		String prefix = "アップ" + unique();
		byte[] csv = Files.readAllBytes(tomoniFile(prefix, 2, i -> "目的"));
		long before = groups.count();
		mvc.perform(multipart("/backoffice/groups/import").file(new MockMultipartFile("file", "groups.csv", "text/csv", csv))
			.param("format", "tomoni")
			.param("dryRun", "true")
			.with(csrf())
			.with(user(users.loadUserByUsername("coordinator@example.jp"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("確認のみ")))
			.andExpect(content().string(Matchers.containsString("id=\"count-created\">2<")));
		assertThat(groups.count()).isEqualTo(before);
		mvc.perform(multipart("/backoffice/groups/import")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", Files.readAllBytes(fixture("tomoni-bad-lines.csv"))))
			.with(csrf())
			.with(user(users.loadUserByUsername("staff@example.jp"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("rejected-lines")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))));
		mvc.perform(multipart("/backoffice/groups/import").with(csrf())
			.with(user(users.loadUserByUsername("coordinator@example.jp"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("取り込むCSVファイルを選んでください")));
	}

	@Test
	void citizensReviewersAndVisitorsMayNotUpload() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "groups.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8));
		for (String email : List.of("citizen@example.jp", "reviewer@example.jp", "group-admin@example.jp")) {
			mvc.perform(multipart("/backoffice/groups/import").file(file)
				.with(csrf())
				.with(user(users.loadUserByUsername(email))))
				.andExpect(status().isForbidden());
		}
		mvc.perform(multipart("/backoffice/groups/import").file(file).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}
}
