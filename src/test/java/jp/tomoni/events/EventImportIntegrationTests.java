package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import jp.tomoni.TomoniIntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The event import against the database: fixtures of each format, all or nothing, and (when ../shared/data is
 * there) every file of the real events-dev lists, twice.
 */
@TomoniIntegrationTest
class EventImportIntegrationTests {

	static final Path EVENTS_DEV = Path.of("/work/shared/data/events-dev");

	@Autowired
	EventImports imports;

	@Autowired
	EventImportReportText text;

	@Autowired
	EventOpenData openData;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	/**
	 * The open-data CSV of the public events, imported again: nothing changes, nothing is added. Rows of events put
	 * in by other tests through the facade with a made-up source and hash are left out (their hash is no import's).
	 */
	private void exportImportsToTheSameEvents() throws Exception {
		Path export = Files.createTempFile("events-export", ".csv");
		try (var writer = Files.newBufferedWriter(export)) {
			writer.write('\uFEFF');
			var printer = org.apache.commons.csv.CSVFormat.EXCEL.builder()
				.setHeader(EventOpenData.COLUMNS.toArray(String[]::new))
				.get()
				.print(writer);
			for (var row : openData.rows()) {
				if (row.get("全国地方公共団体コード").matches("\\d{5,6}|file:.*")) {
					printer.printRecord(row.values());
				}
			}
			printer.flush();
		}
		EventImportReport again = imports.importFile(export, "events.csv", false);
		assertThat(again.applied()).as(String.join("\n", text.lines(again, Locale.JAPANESE))).isTrue();
		assertThat(again.format()).isEqualTo("standard");
		assertThat(again.created() + again.updated()).as(String.join("\n", text.lines(again, Locale.JAPANESE)))
			.isZero();
		assertThat(again.unchanged()).isPositive();
		Files.delete(export);
	}

	static Path fixture(String name) throws Exception {
		return Path.of(EventImportIntegrationTests.class.getResource("/imports/events/" + name).toURI());
	}

	@Test
	void fixturesOfEachFormatImportOnceAndNotAgain() throws Exception {
		for (String name : List.of("base-registry.csv", "standard-cp932-title.csv", "recommended-utf16.csv")) {
			EventImportReport dry = imports.importFile(fixture(name), name, true);
			assertThat(dry.succeeded()).as(String.join("\n", text.lines(dry, Locale.JAPANESE))).isTrue();
			assertThat(dry.applied()).isFalse();
			EventImportReport first = imports.importFile(fixture(name), name, false);
			assertThat(first.applied()).as(String.join("\n", text.lines(first, Locale.JAPANESE))).isTrue();
			assertThat(first.created()).isEqualTo(dry.created()).isPositive();
			EventImportReport again = imports.importFile(fixture(name), name, false);
			assertThat(again.created() + again.updated()).isZero();
			assertThat(again.unchanged()).isEqualTo(first.created() + first.unchanged());
		}
		exportImportsToTheSameEvents();
	}

	@Test
	void aFileWithRejectedLinesImportsNothingAndNamesEachLine() throws Exception {
		EventImportReport report = imports.importFile(fixture("rejected-lines.csv"), "rejected-lines.csv", false);
		assertThat(report.applied()).isFalse();
		assertThat(report.rejectedLines()).isEqualTo(4);
		List<String> lines = text.lines(report, Locale.JAPANESE);
		assertThat(lines).anySatisfy(l -> assertThat(l).contains("2行目").contains("「開始日」").contains("2026/13/40"));
		assertThat(lines).anySatisfy(l -> assertThat(l).contains("3行目").contains("「NO」").contains("指数表記"));
		assertThat(lines.getLast()).contains("何も取り込んでいません");
	}

	@Test
	void everyFileOfEventsDevImportsAndASecondImportChangesNothing() throws Exception {
		Assumptions.assumeTrue(Files.isDirectory(EVENTS_DEV), "../shared/data/events-dev is not on this machine");
		List<Path> files;
		try (Stream<Path> list = Files.list(EVENTS_DEV)) {
			files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
		}
		assertThat(files).hasSize(69);
		int lines = 0;
		int created = 0;
		int skipped = 0;
		long started = System.nanoTime();
		for (Path file : files) {
			EventImportReport report = imports.importFile(file, file.getFileName().toString(), false);
			assertThat(report.applied()).as(String.join("\n", text.lines(report, Locale.JAPANESE))).isTrue();
			lines += report.lines();
			created += report.created();
			skipped += report.skipped().size();
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("events-dev: %d lines, %d events created, %d lines skipped, %d ms%n", lines, created,
				skipped, millis);
		assertThat(lines).isEqualTo(1238);
		assertThat(skipped).isEqualTo(14);
		assertThat(created).isBetween(1000, 1238 - 14);
		int changed = 0;
		for (Path file : files) {
			EventImportReport report = imports.importFile(file, file.getFileName().toString(), false);
			changed += report.created() + report.updated();
		}
		assertThat(changed).isZero();
		exportImportsToTheSameEvents();
	}

	/**
	 * Ids from sequences, no lookup per new event and inserts grouped by table (decision 0047): importing 300 new
	 * events with 400 dates takes a few dozen statements, not one or more per row (it took over 1,300 with
	 * IDENTITY ids, a lookup and an update per event).
	 */
	@Test
	void manyNewEventsAreWrittenInBatches() throws Exception {
		List<String> header = Arrays.asList(Files.readAllLines(fixture("base-registry.csv")).getFirst().substring(1).split(","));
		List<String> rows = new ArrayList<>();
		rows.add(String.join(",", header));
		for (int i = 1; i <= 300; i++) {
			for (int date = 0; date < (i % 3 == 0 ? 2 : 1); date++) {
				String[] row = new String[header.size()];
				Arrays.fill(row, "");
				row[header.indexOf("NO")] = "%010d".formatted(i);
				row[header.indexOf("都道府県コード又は市区町村コード")] = "131016";
				row[header.indexOf("名称")] = "一括テスト講座 第" + i + "回";
				row[header.indexOf("名称(カナ)")] = "イッカツテストコウザ";
				row[header.indexOf("開始日")] = "2027-0%d-%02d".formatted(date + 1, i % 28 + 1);
				row[header.indexOf("開始時刻")] = "10:00";
				row[header.indexOf("場所名称")] = "千代田区役所";
				rows.add(String.join(",", row));
			}
		}
		Path file = Files.createTempFile("events-batch", ".csv");
		Files.write(file, rows, StandardCharsets.UTF_8);
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		EventImportReport report;
		try {
			report = imports.importFile(file, "events-batch.csv", false);
		}
		finally {
			statistics.setStatisticsEnabled(false);
			Files.delete(file);
		}
		assertThat(report.applied()).as(String.join("\n", text.lines(report, Locale.JAPANESE))).isTrue();
		assertThat(report.created()).isEqualTo(300);
		assertThat(statistics.getEntityInsertCount()).isGreaterThanOrEqualTo(300 + 400);
		assertThat(statistics.getEntityUpdateCount()).isZero();
		assertThat(statistics.getPrepareStatementCount()).isLessThan(60);
	}
}
