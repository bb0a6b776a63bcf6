package jp.tomoni.groups.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a list line by line without holding it in memory: finds the header row among the first lines (title rows
 * above it are skipped), recognises the format by its header when none is given, and maps each following record
 * to a {@link ParsedLine} that knows its physical line number (a record with quoted line breaks starts on the line
 * where it begins).
 */
public final class ImportReader implements Closeable {

	/** How far down the header row may stand (title rows, notes). */
	private static final int HEADER_SEARCH_LINES = 20;

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final RowMapper mapper;

	private final long headerLine;

	private final List<String> unusedColumns;

	private long previousEnd;

	private ImportReader(CSVParser parser, Iterator<CSVRecord> records, RowMapper mapper, long headerLine,
			long previousEnd, List<String> unusedColumns) {
		this.parser = parser;
		this.records = records;
		this.mapper = mapper;
		this.headerLine = headerLine;
		this.previousEnd = previousEnd;
		this.unusedColumns = unusedColumns;
	}

	/**
	 * Opens the file and reads up to its header row.
	 *
	 * @param requested the format, or {@code null} to recognise it by the header
	 */
	public static ImportReader open(Path file, DetectedEncoding encoding, @Nullable ImportFormat requested,
			ImportContext context) throws IOException, ImportFileException {
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
				Optional<Found> found = recognise(record.toList(), requested, context);
				if (found.isPresent()) {
					return new ImportReader(parser, records, found.get().mapper(), start, previousEnd,
							found.get().columns().unused());
				}
			}
			if (requested == null) {
				throw new ImportFileException("groupImport.file.unknownFormat");
			}
			throw new ImportFileException("groupImport.file.noHeader", requested.id(), requiredHeaders(requested));
		}
		catch (ImportFileException | RuntimeException failure) {
			parser.close();
			throw failure;
		}
	}

	private record Found(RowMapper mapper, Columns columns) {
	}

	private static Optional<Found> recognise(List<String> header, @Nullable ImportFormat requested,
			ImportContext context) {
		for (ImportFormat format : requested == null ? List.of(ImportFormat.values()) : List.of(requested)) {
			switch (format) {
				case TOMONI -> {
					Columns columns = Columns.find(TomoniRows.COLUMNS, header);
					if (columns.hasAll(TomoniRows.REQUIRED)) {
						return Optional.of(new Found(new TomoniRows(columns, context), columns));
					}
				}
				case NPO_PORTAL -> {
					Columns columns = Columns.find(NpoPortalRows.COLUMNS, header);
					if (columns.hasAll(NpoPortalRows.REQUIRED)) {
						return Optional.of(new Found(new NpoPortalRows(columns, context), columns));
					}
				}
				case TOKYO_NPO -> {
					Columns columns = Columns.find(TokyoNpoRows.COLUMNS, header);
					if (TokyoNpoRows.complete(columns)) {
						return Optional.of(new Found(new TokyoNpoRows(columns, context), columns));
					}
				}
			}
		}
		return Optional.empty();
	}

	/** The header texts a format needs, for the message when they are missing. */
	static String requiredHeaders(ImportFormat format) {
		List<Columns.Spec> specs = switch (format) {
			case TOMONI -> TomoniRows.COLUMNS;
			case NPO_PORTAL -> NpoPortalRows.COLUMNS;
			case TOKYO_NPO -> TokyoNpoRows.COLUMNS;
		};
		List<String> keys = switch (format) {
			case TOMONI -> TomoniRows.REQUIRED;
			case NPO_PORTAL -> NpoPortalRows.REQUIRED;
			case TOKYO_NPO -> List.of("name", "address", "purpose", "fieldsText");
		};
		return String.join("、", specs.stream()
			.filter(spec -> keys.contains(spec.key()))
			.map(spec -> spec.headers().getFirst())
			.toList());
	}

	public ImportFormat format() {
		return mapper.format();
	}

	public long headerLine() {
		return headerLine;
	}

	/** Header texts of the file that the format does not import. */
	public List<String> unusedColumns() {
		return unusedColumns;
	}

	/** The next data line, or {@code null} at the end; blank lines are passed over. */
	public @Nullable ParsedLine next() throws ImportFileException {
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
			return mapper.map(start, record);
		}
	}

	private static @Nullable CSVRecord next(Iterator<CSVRecord> records, long previousEnd) throws ImportFileException {
		try {
			return records.hasNext() ? records.next() : null;
		}
		catch (UncheckedIOException | IllegalStateException broken) {
			// Commons CSV: a quote opened and never closed, or undecodable bytes.
			throw new ImportFileException("groupImport.file.broken", previousEnd + 1);
		}
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}
}
