package jp.tomoni.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTests {

	private static final List<Columns.Spec> SPECS = List.of(Columns.Spec.of("code", "都道府県コード又は市区町村コード"),
			Columns.Spec.of("name", "名称"));

	@TempDir
	Path folder;

	@Test
	void headerSpellingsWithOtherDashesAreTheSameHeader() {
		assertThat(HeaderText.normalise("都道府県コ―ド又は市区町村コ―ド"))
			.isEqualTo(HeaderText.normalise("都道府県コード又は市区町村コード"));
		assertThat(HeaderText.normalise("名称（カナ）")).isEqualTo(HeaderText.normalise("名称_カナ"));
	}

	@Test
	void findsTheHeaderBelowATitleRowAndNumbersLinesWhereRecordsBegin() throws Exception {
		Path file = write("焼津市 保育施設一覧\n都道府県コ―ド又は市区町村コ―ド,名称\n222127,\"大富\n幼稚園\"\n\n222127,港保育園\n");
		List<String> read = new ArrayList<>();
		try (CsvTable<String> table = open(file)) {
			assertThat(table.headerLine()).isEqualTo(2);
			assertThat(table.format()).isEqualTo("test");
			String line;
			while ((line = table.next()) != null) {
				read.add(line);
			}
		}
		assertThat(read).containsExactly("3:大富\n幼稚園", "6:港保育園");
	}

	@Test
	void aFileWithoutTheHeaderIsRefusedAsAWhole() throws Exception {
		Path file = write("a,b\n1,2\n");
		assertThatThrownBy(() -> open(file)).isInstanceOf(ImportFileException.class)
			.extracting(failure -> ((ImportFileException) failure).code())
			.isEqualTo("test.noHeader");
	}

	@Test
	void anUnclosedQuoteNamesTheLineWhereReadingStopped() throws Exception {
		Path file = write("名称,都道府県コード又は市区町村コード\nx,1\n\"broken,2\n");
		try (CsvTable<String> table = open(file)) {
			assertThat(table.next()).isEqualTo("2:x");
			assertThatThrownBy(table::next).isInstanceOf(ImportFileException.class)
				.extracting(failure -> ((ImportFileException) failure).arguments())
				.isEqualTo(List.of(3L));
		}
	}

	private CsvTable<String> open(Path file) throws IOException, ImportFileException {
		DetectedEncoding encoding = EncodingDetector.detect(file).orElseThrow();
		return CsvTable.open(file, encoding, header -> {
			Columns columns = Columns.find(SPECS, header);
			return columns.hasAll(List.of("code", "name"))
					? Optional.of(new CsvTable.Recognised<>((line, record) -> line + ":" + columns.get(record, "name"),
							columns, "test"))
					: Optional.empty();
		}, () -> new ImportFileException("test.noHeader"));
	}

	private Path write(String text) throws IOException {
		Path file = folder.resolve("list.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}
}
