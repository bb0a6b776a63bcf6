package jp.tomoni.events.imports;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import jp.tomoni.imports.Columns;
import jp.tomoni.imports.CsvTable;
import jp.tomoni.imports.DetectedEncoding;
import jp.tomoni.imports.ImportFileException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an event list line by line (a {@link CsvTable}): the format is recognised by its header row, found among
 * the first lines (title rows above it are skipped), and each following record becomes an {@link EventLine}.
 */
public final class EventImportReader implements Closeable {

	private final CsvTable<EventLine> table;

	private final EventImportFormat format;

	private EventImportReader(CsvTable<EventLine> table, EventImportFormat format) {
		this.table = table;
		this.format = format;
	}

	/**
	 * Opens the file and reads up to its header row.
	 *
	 * @param requested the format, or {@code null} to recognise it by the header
	 */
	public static EventImportReader open(Path file, DetectedEncoding encoding, @Nullable EventImportFormat requested)
			throws IOException, ImportFileException {
		CsvTable<EventLine> table = CsvTable.open(file, encoding, header -> recognise(header, requested),
				() -> requested == null ? new ImportFileException("eventImport.file.unknownFormat")
						: new ImportFileException("eventImport.file.noHeader", requested.id(),
								EventRows.requiredHeaders(requested)));
		return new EventImportReader(table, EventImportFormat.fromId(table.format()).orElseThrow());
	}

	private static Optional<CsvTable.Recognised<EventLine>> recognise(List<String> header,
			@Nullable EventImportFormat requested) {
		Columns columns = Columns.find(EventRows.COLUMNS, header);
		EventImportFormat format = EventRows.recognise(columns, header);
		if (format == null || (requested != null && requested != format)) {
			return Optional.empty();
		}
		EventRows rows = new EventRows(columns);
		return Optional.of(new CsvTable.Recognised<>(rows::map, columns, format.id()));
	}

	public EventImportFormat format() {
		return format;
	}

	public long headerLine() {
		return table.headerLine();
	}

	/** Header texts of the file that the import does not read. */
	public List<String> unusedColumns() {
		return table.unusedColumns();
	}

	/** The next data line, or {@code null} at the end; blank lines are passed over. */
	public @Nullable EventLine next() throws ImportFileException {
		return table.next();
	}

	@Override
	public void close() throws IOException {
		table.close();
	}
}
