package jp.tomoni.groups.imports;

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
 * Reads a group list line by line (a {@link CsvTable}): recognises the format by its header when none is given and
 * maps each following record to a {@link ParsedLine}.
 */
public final class ImportReader implements Closeable {

	private final CsvTable<ParsedLine> table;

	private final ImportFormat format;

	private ImportReader(CsvTable<ParsedLine> table, ImportFormat format) {
		this.table = table;
		this.format = format;
	}

	/**
	 * Opens the file and reads up to its header row.
	 *
	 * @param requested the format, or {@code null} to recognise it by the header
	 */
	public static ImportReader open(Path file, DetectedEncoding encoding, @Nullable ImportFormat requested,
			ImportContext context) throws IOException, ImportFileException {
		CsvTable<ParsedLine> table = CsvTable.open(file, encoding, header -> recognise(header, requested, context),
				() -> requested == null ? new ImportFileException("groupImport.file.unknownFormat")
						: new ImportFileException("groupImport.file.noHeader", requested.id(),
								requiredHeaders(requested)));
		return new ImportReader(table, ImportFormat.fromId(table.format()).orElseThrow());
	}

	private static Optional<CsvTable.Recognised<ParsedLine>> recognise(List<String> header,
			@Nullable ImportFormat requested, ImportContext context) {
		for (ImportFormat format : requested == null ? List.of(ImportFormat.values()) : List.of(requested)) {
			switch (format) {
				case TOMONI -> {
					Columns columns = Columns.find(TomoniRows.COLUMNS, header);
					if (columns.hasAll(TomoniRows.REQUIRED)) {
						return found(new TomoniRows(columns, context), columns);
					}
				}
				case NPO_PORTAL -> {
					Columns columns = Columns.find(NpoPortalRows.COLUMNS, header);
					if (columns.hasAll(NpoPortalRows.REQUIRED)) {
						return found(new NpoPortalRows(columns, context), columns);
					}
				}
				case TOKYO_NPO -> {
					Columns columns = Columns.find(TokyoNpoRows.COLUMNS, header);
					if (TokyoNpoRows.complete(columns)) {
						return found(new TokyoNpoRows(columns, context), columns);
					}
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<CsvTable.Recognised<ParsedLine>> found(RowMapper mapper, Columns columns) {
		return Optional.of(new CsvTable.Recognised<>(mapper::map, columns, mapper.format().id()));
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
		return format;
	}

	public long headerLine() {
		return table.headerLine();
	}

	/** Header texts of the file that the format does not import. */
	public List<String> unusedColumns() {
		return table.unusedColumns();
	}

	/** The next data line, or {@code null} at the end; blank lines are passed over. */
	public @Nullable ParsedLine next() throws ImportFileException {
		return table.next();
	}

	@Override
	public void close() throws IOException {
		table.close();
	}
}
