package jp.tomoni.events.imports;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jp.tomoni.imports.DetectedEncoding;
import jp.tomoni.imports.EncodingDetector;
import jp.tomoni.imports.LineProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventImportReaderTests {

	record Read(EventImportFormat format, DetectedEncoding encoding, List<EventLine> lines) {

		List<EventRow> rows() {
			return lines.stream().filter(EventLine.Row.class::isInstance).map(l -> ((EventLine.Row) l).row()).toList();
		}

		List<LineProblem> problems() {
			return lines.stream()
				.filter(EventLine.Rejected.class::isInstance)
				.flatMap(l -> ((EventLine.Rejected) l).problems().stream())
				.toList();
		}

		List<ImportedEvent> events() {
			EventGrouping grouping = new EventGrouping();
			rows().forEach(grouping::add);
			return grouping.events();
		}
	}

	static Path fixture(String name) throws URISyntaxException {
		return Path.of(EventImportReaderTests.class.getResource("/imports/events/" + name).toURI());
	}

	static Read read(String name) throws Exception {
		Path file = fixture(name);
		DetectedEncoding encoding = EncodingDetector.detect(file).orElseThrow();
		List<EventLine> lines = new ArrayList<>();
		try (EventImportReader reader = EventImportReader.open(file, encoding, null)) {
			for (EventLine line = reader.next(); line != null; line = reader.next()) {
				lines.add(line);
			}
			return new Read(reader.format(), encoding, lines);
		}
	}

	@Test
	void baseRegistryJoinsTheLinesOfARecurringEventAndTellsApartEventsSharingANumber() throws Exception {
		Read read = read("base-registry.csv");
		assertThat(read.format()).isEqualTo(EventImportFormat.BASE_REGISTRY);
		assertThat(read.encoding().label()).isEqualTo("UTF-8 (BOM)");
		assertThat(read.problems()).isEmpty();
		List<ImportedEvent> events = read.events();
		assertThat(events).extracting(ImportedEvent::key)
			.containsExactly("0000000001", "0000000002/市民活動フォーラム", "0000000002/環境講座", "0000000004");
		ImportedEvent ehon = events.getFirst();
		assertThat(ehon.occurrences()).extracting(ImportedEvent.Occurrence::date)
			.containsExactly(LocalDate.of(2026, 9, 5), LocalDate.of(2026, 10, 3));
		assertThat(ehon.lines()).containsExactly(2L, 4L);
		EventRow first = ehon.first();
		assertThat(first.nameKana()).isEqualTo("エホンノヨミキカセカイ");
		assertThat(first.description()).isEqualTo("毎月第1土曜日に開きます。\n申込は不要です。");
		assertThat(first.address()).isEqualTo("神奈川県相模原市中央区鹿沼台2-13-1");
		assertThat(first.latitude()).isEqualByComparingTo(new BigDecimal("35.5712"));
		assertThat(first.free()).isTrue();
		assertThat(first.capacity()).isEqualTo(20);
		assertThat(first.endDate()).as("a one-day occurrence has no end date").isNull();
		EventRow forum = events.get(1).first();
		assertThat(forum.endDate()).isEqualTo(LocalDate.of(2026, 11, 15));
		assertThat(forum.fee()).isEqualTo("500円");
		assertThat(forum.free()).isFalse();
		assertThat(forum.applicationDeadlineTime()).isEqualTo(LocalTime.of(17, 0));
		assertThat(events.get(3).occurrences().getFirst().date()).as("only the last day known")
			.isEqualTo(LocalDate.of(2026, 12, 20));
		assertThat(read.lines()).filteredOn(EventLine.Skipped.class::isInstance)
			.singleElement()
			.satisfies(l -> assertThat(((EventLine.Skipped) l).dateNote()).isEqualTo("毎月18日"));
	}

	@Test
	void standardFormatInCp932BelowATitleRow() throws Exception {
		Read read = read("standard-cp932-title.csv");
		assertThat(read.format()).isEqualTo(EventImportFormat.STANDARD);
		assertThat(read.encoding().label()).startsWith("CP932");
		assertThat(read.problems()).as("法人番号 1.00E+12 is not read").isEmpty();
		List<EventRow> rows = read.rows();
		assertThat(rows).hasSize(2);
		assertThat(rows.getFirst().line()).isEqualTo(3);
		assertThat(rows.getFirst().startDate()).isEqualTo(LocalDate.of(2026, 5, 28));
		assertThat(rows.getFirst().kind()).isEqualTo("こども・子育て");
		assertThat(rows.getFirst().free()).isTrue();
		assertThat(rows.getFirst().capacity()).isEqualTo(15);
		assertThat(rows.getFirst().online()).isFalse();
		assertThat(rows.get(1).startDate()).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(rows.get(1).startTime()).isEqualTo(LocalTime.of(9, 30));
		assertThat(rows.get(1).fee()).isEqualTo("1,000円(当日支払い)");
		assertThat(rows.get(1).free()).isFalse();
		assertThat(rows.get(1).kind()).isEqualTo("健康");
	}

	@Test
	void recommendedFormatInUtf16WithFullWidthBrackets() throws Exception {
		Read read = read("recommended-utf16.csv");
		assertThat(read.format()).isEqualTo(EventImportFormat.RECOMMENDED);
		assertThat(read.encoding().label()).startsWith("UTF-16LE");
		List<EventRow> rows = read.rows();
		EventRow concert = rows.getFirst();
		assertThat(concert.name()).isEqualTo("コンサート in さがみはら");
		assertThat(concert.nameKana()).isEqualTo("コンサートインサガミハラ");
		assertThat(concert.address()).isEqualTo("神奈川県相模原市南区相模大野4-4-1 グリーンホール");
		assertThat(concert.startTime()).isEqualTo(LocalTime.of(14, 0));
		assertThat(concert.applicationDeadlineDate()).isEqualTo(LocalDate.of(2026, 9, 10));
		assertThat(concert.fee()).isEqualTo("1000円");
		assertThat(concert.contactPhone()).isEqualTo("042-000-0000 内線123");
		assertThat(rows.get(1).startTime()).as("0:00–0:00 is no time").isNull();
	}

	@Test
	void everyRejectedLineNamesItsColumn() throws Exception {
		Read read = read("rejected-lines.csv");
		assertThat(read.problems()).extracting(LineProblem::line, LineProblem::column, LineProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "開始日", "import.cell.date"),
					org.assertj.core.groups.Tuple.tuple(3L, "NO", "import.cell.excelNumber"),
					org.assertj.core.groups.Tuple.tuple(4L, "開始時刻", "import.cell.time"),
					org.assertj.core.groups.Tuple.tuple(4L, "緯度", "import.cell.excelNumber"),
					org.assertj.core.groups.Tuple.tuple(5L, "名称", "eventImport.error.required"));
		assertThat(read.problems().getFirst().messageArguments()).containsExactly("開始日", "2026/13/40");
		assertThat(read.rows()).extracting(EventRow::name).containsExactly("正しい行");
	}
}
