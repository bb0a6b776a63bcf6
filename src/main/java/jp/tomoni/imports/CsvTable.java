package jp.tomoni.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A list read line by line without holding it in memory: the header row is found among the first lines (title
 * rows above it are skipped) by a recogniser that knows the formats of one kind of list, and each following record
 * is mapped by the recognised format's {@link LineReader}, with its physical line number (a record with quoted line
 * breaks starts on the line where it begins). Blank lines are passed over.
 *
 * @param <T> what a line becomes
 */
public final class CsvTable<T> implements Closeable {

	/** How far down the header row may stand (title rows, notes). */
	public static final int HEADER_SEARCH_LINES = 20;

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	/** Maps one data record of a recognised format. */
	@FunctionalInterface
	public interface LineReader<T> {

		T read(long line, CSVRecord record);
	}

	/**
	 * A header row recognised as a format.
	 *
	 * @param reader how its lines are read
	 * @param columns the format's columns in the header (for unused ones and labels)
	 * @param format what the report calls the format
	 */
	public record Recognised<T>(LineReader<T> reader, Columns columns, String format) {
	}

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final Recognised<T> recognised;

	private final long headerLine;

	private long previousEnd;

	private CsvTable(CSVParser parser, Iterator<CSVRecord> records, Recognised<T> recognised, long headerLine,
			long previousEnd) {
		this.parser = parser;
		this.records = records;
		this.recognised = recognised;
		this.headerLine = headerLine;
		this.previousEnd = previousEnd;
	}

	/**
	 * Opens the file and reads up to its header row.
	 *
	 * @param recogniser the format of a header row (its cells as written), or empty when the row is not a header
	 * @param noHeader the refusal when none of the first {@value #HEADER_SEARCH_LINES} rows is a header
	 */
	public static <T> CsvTable<T> open(Path file, DetectedEncoding encoding,
			Function<List<String>, Optional<Recognised<T>>> recogniser, Supplier<ImportFileException> noHeader)
			throws IOException, ImportFileException {
		Reader reader = encoding.open(file);
		CSVParser parser = CSV.parse(reader);
		try {
			Iterator<CSVRecord> records = parser.iterator();
			long previousEnd = 0;
			for (int n = 0; n < HEADER_SEARCH_LINES; n++) {
				CSVRecord record = next(records, previousEnd);
				if (record == null) {
					break;
				}
				long start = previousEnd + 1;
				previousEnd = parser.getCurrentLineNumber();
				Optional<Recognised<T>> found = recogniser.apply(record.toList());
				if (found.isPresent()) {
					return new CsvTable<>(parser, records, found.get(), start, previousEnd);
				}
			}
			throw noHeader.get();
		}
		catch (ImportFileException | RuntimeException failure) {
			parser.close();
			throw failure;
		}
	}

	/** The line number of the header row. */
	public long headerLine() {
		return headerLine;
	}

	public String format() {
		return recognised.format();
	}

	public Columns columns() {
		return recognised.columns();
	}

	/** Header texts of the file that the format does not import. */
	public List<String> unusedColumns() {
		return recognised.columns().unused();
	}

	/** The next data line, or {@code null} at the end; blank lines are passed over. */
	public @Nullable T next() throws ImportFileException {
		while (true) {
			CSVRecord record = next(records, previousEnd);
			if (record == null) {
				return null;
			}
			long start = previousEnd + 1;
			previousEnd = parser.getCurrentLineNumber();
			if (record.stream().allMatch(value -> value == null || value.isBlank())) {
				continue;
			}
			return recognised.reader().read(start, record);
		}
	}

	private static @Nullable CSVRecord next(Iterator<CSVRecord> records, long previousEnd) throws ImportFileException {
		try {
			return records.hasNext() ? records.next() : null;
		}
		catch (UncheckedIOException | IllegalStateException broken) {
			// Commons CSV: a quote opened and never closed, or undecodable bytes.
			throw new ImportFileException("import.file.broken", previousEnd + 1);
		}
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}
}
