package jp.tomoni.places;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.imports.Columns;
import jp.tomoni.imports.CsvTable;
import jp.tomoni.imports.DetectedEncoding;
import jp.tomoni.imports.EncodingDetector;
import jp.tomoni.imports.HeaderText;
import jp.tomoni.imports.ImportFileException;
import jp.tomoni.imports.LineProblem;
import jp.tomoni.municipality.Municipalities;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports lists of places (docs/place-import.md, decision 0029). All or nothing, as the group import (decision
 * 0015): every line is read and checked with the form's rules first; only when no line is rejected, and it is not
 * a dry run, are the places written, in one transaction. A place is matched by its source and source key (the
 * list's NO / ID, else its name and address); it is unchanged when its values hash as at its last import, or equal
 * the place's values. A re-import keeps what staff set that the list does not carry (status, area). Lists of
 * places are short (a municipality has hundreds of places, not hundreds of thousands), so a file is held in
 * memory between the check and the writing.
 */
@Service
public class PlaceImports {

	private static final Logger log = LoggerFactory.getLogger(PlaceImports.class);

	private final PlaceRepository places;

	private final PlaceKindRepository kinds;

	private final Areas areas;

	private final Municipalities municipalities;

	private final Validator validator;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final AuditLog auditLog;

	private final Clock clock;

	PlaceImports(PlaceRepository places, PlaceKindRepository kinds, Areas areas, Municipalities municipalities,
			Validator validator, PlatformTransactionManager transactionManager, AuditLog auditLog, Clock clock) {
		this.places = places;
		this.kinds = kinds;
		this.areas = areas;
		this.municipalities = municipalities;
		this.validator = validator;
		this.writing = new TransactionTemplate(transactionManager);
		this.reading = new TransactionTemplate(transactionManager);
		this.reading.setReadOnly(true);
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Imports a file, or checks it only; {@code accountId} is recorded as the author of the changes. */
	PlaceImportReport importFile(Path file, String fileName, PlaceImportOptions options, @Nullable Long accountId) {
		PlaceImportReport report;
		try {
			report = run(file, fileName, options, accountId);
		}
		catch (RuntimeException failure) {
			log.error("Place import of {} failed; nothing was applied", fileName, failure);
			report = PlaceImportReport.refused(fileName, options.dryRun(), null, null, "import.file.failed", List.of());
		}
		String outcome = report.applied() ? "OK" : report.succeeded() ? "DRY_RUN" : "REJECTED";
		String counts = "created=%d,updated=%d,unchanged=%d,skipped=%d,rejected=%d".formatted(report.created(),
				report.updated(), report.unchanged(), report.skipped(), report.rejectedLines());
		auditLog.record(new AuditRecord(options.dryRun() ? "place.import.dry-run" : "place.import",
				"place-import:" + (report.format() == null ? "-" : report.format()), counts), outcome);
		return report;
	}

	private PlaceImportReport run(Path file, String fileName, PlaceImportOptions options, @Nullable Long accountId) {
		DetectedEncoding encoding;
		try {
			encoding = EncodingDetector.detect(file).orElse(null);
		}
		catch (IOException unreadable) {
			return PlaceImportReport.refused(fileName, options.dryRun(), null, null, "import.file.unreadable",
					List.of());
		}
		if (encoding == null) {
			return PlaceImportReport.refused(fileName, options.dryRun(), null, null, "import.file.encoding", List.of());
		}
		Set<String> kindCodes = kinds.findAll().stream().map(PlaceKind::code).collect(Collectors.toSet());
		if (!kindCodes.contains(options.defaultKind())) {
			return PlaceImportReport.refused(fileName, options.dryRun(), null, encoding.label(),
					"placeImport.file.kind", List.of(options.defaultKind()));
		}
		Map<String, String> codesByName = new HashMap<>();
		kinds.findAll().forEach(kind -> {
			codesByName.put(HeaderText.normalise(kind.name()), kind.code());
			codesByName.put(HeaderText.normalise(kind.code()), kind.code());
		});
		String code = municipalities.current().code();
		PlaceLine.Context context = new PlaceLine.Context(code, new KindRule(codesByName, options.defaultKind()),
				options.ownMunicipalityOnly());
		Tally tally;
		List<PlaceLine.Row> rows = new ArrayList<>();
		PlaceImportFormat requested = options.format();
		try (CsvTable<PlaceLine> table = CsvTable.open(file, encoding, header -> recognise(header, requested, context),
				() -> requested == null ? new ImportFileException("placeImport.file.unknownFormat")
						: new ImportFileException("placeImport.file.noHeader", requested.id(),
								PlaceRows.requiredHeaders(requested)))) {
			tally = new Tally(table.format(), table.unusedColumns());
			Set<String> areaCodes = areas.all().stream().map(AreaView::code).collect(Collectors.toSet());
			Map<String, Long> firstLines = new HashMap<>();
			PlaceLine line;
			while ((line = table.next()) != null) {
				tally.rows++;
				switch (line) {
					case PlaceLine.Skipped skipped -> tally.skipped++;
					case PlaceLine.Rejected rejected -> tally.reject(rejected.problems());
					case PlaceLine.Row row -> {
						List<LineProblem> problems = check(row, kindCodes, areaCodes);
						Long first = firstLines.putIfAbsent(row.source() + "\n" + row.sourceKey(), row.line());
						if (first != null) {
							problems.add(LineProblem.of(row.line(), row.column("sourceKey"),
									"placeImport.error.duplicate", row.sourceKey(), first));
						}
						if (problems.isEmpty()) {
							rows.add(row);
						}
						else {
							tally.reject(problems);
						}
					}
				}
			}
		}
		catch (ImportFileException refused) {
			return PlaceImportReport.refused(fileName, options.dryRun(), requested == null ? null : requested.id(),
					encoding.label(), refused.code(), refused.arguments());
		}
		catch (IOException unreadable) {
			return PlaceImportReport.refused(fileName, options.dryRun(), null, encoding.label(),
					"import.file.unreadable", List.of());
		}
		boolean write = tally.rejected == 0 && !options.dryRun();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		TransactionTemplate transaction = write ? writing : reading;
		transaction.executeWithoutResult(status -> apply(rows, tally, code, write, accountId, now));
		log.info("Place import {}: {} created, {} updated, {} unchanged, {} rejected", fileName, tally.created,
				tally.updated, tally.unchanged, tally.rejected);
		return tally.report(fileName, encoding, options.dryRun(), write);
	}

	private static Optional<CsvTable.Recognised<PlaceLine>> recognise(List<String> header,
			@Nullable PlaceImportFormat requested, PlaceLine.Context context) {
		Columns columns = Columns.find(PlaceRows.COLUMNS, header);
		for (PlaceImportFormat format : requested == null ? List.of(PlaceImportFormat.values()) : List.of(requested)) {
			if (PlaceRows.recognises(format, columns)) {
				PlaceRows rows = new PlaceRows(format, columns, context);
				return Optional.of(new CsvTable.Recognised<>(rows::map, columns, format.id()));
			}
		}
		return Optional.empty();
	}

	/** The form's rules and the register's, each refusal naming the file's column. */
	private List<LineProblem> check(PlaceLine.Row row, Set<String> kindCodes, Set<String> areaCodes) {
		List<LineProblem> problems = new ArrayList<>(row.problems());
		Set<String> reported = row.problems().stream().map(LineProblem::column).collect(Collectors.toSet());
		long line = row.line();
		for (ConstraintViolation<PlaceForm> violation : validator.validate(row.form())) {
			String property = violation.getPropertyPath().toString();
			String column = row.column(property);
			if (reported.contains(column)) {
				continue;
			}
			var annotation = violation.getConstraintDescriptor().getAnnotation();
			Object value = violation.getInvalidValue();
			if (annotation instanceof Size size) {
				problems.add(LineProblem.of(line, column, "placeImport.error.tooLong", size.max(),
						value == null ? 0 : value.toString().length()));
			}
			else if (annotation instanceof Pattern && property.equals("nameKana")) {
				problems.add(LineProblem.of(line, column, "placeImport.error.kana", String.valueOf(value)));
			}
			else if (annotation instanceof Pattern || annotation instanceof Email) {
				problems.add(LineProblem.of(line, column, "placeImport.error.format", String.valueOf(value)));
			}
			else if (property.equals("nameKana")) {
				problems.add(LineProblem.of(line, column, "placeImport.error.kanaRequired"));
			}
			else {
				problems.add(LineProblem.of(line, column, "placeImport.error.required"));
			}
		}
		Set<String> invalid = problems.stream().map(LineProblem::column).collect(Collectors.toSet());
		for (PlaceRules.Problem problem : PlaceRules.check(row.form().toCommand(), kindCodes, areaCodes)) {
			Object[] arguments = problem.arguments();
			if (!invalid.contains(row.column(problem.field()))
					&& !(problem.code().equals("place.error.coordinatePair") && (invalid.contains(row.column("latitude"))
							|| invalid.contains(row.column("longitude"))))) {
				problems.add(new LineProblem(line, row.column(problem.field()),
						problem.code().replace("place.error.", "placeImport.error."), List.of(arguments)));
			}
		}
		problems.sort((a, b) -> a.column().compareTo(b.column()));
		return problems;
	}

	private void apply(List<PlaceLine.Row> rows, Tally tally, String code, boolean write, @Nullable Long accountId,
			Instant now) {
		for (PlaceLine.Row row : rows) {
			PlaceCommand command = row.form().toCommand();
			String hash = command.contentHash();
			Place place = places.findBySourceAndSourceKey(row.source(), row.sourceKey()).orElse(null);
			if (place == null) {
				tally.created++;
				if (write) {
					places.save(Place.register(code, command, row.source(), row.sourceKey(), hash, accountId, now));
				}
				continue;
			}
			if (hash.equals(place.contentHash())) {
				tally.unchanged++;
				continue;
			}
			PlaceCommand merged = row.hasArea() ? command : command.withAreaCode(place.toCommand().areaCode());
			if (merged.equals(place.toCommand())) {
				tally.unchanged++;
				if (write) {
					place.importedUnchanged(hash);
				}
				continue;
			}
			tally.updated++;
			if (write) {
				place.imported(merged, hash, now);
			}
		}
	}

	/** Counts of an import. */
	private static final class Tally {

		final String format;

		final List<String> unusedColumns;

		long rows;

		long created;

		long updated;

		long unchanged;

		long skipped;

		long rejected;

		final List<LineProblem> problems = new ArrayList<>();

		Tally(String format, List<String> unusedColumns) {
			this.format = format;
			this.unusedColumns = unusedColumns;
		}

		void reject(List<LineProblem> lineProblems) {
			rejected++;
			for (LineProblem problem : lineProblems) {
				if (problems.size() < PlaceImportReport.MAX_PROBLEMS) {
					problems.add(problem);
				}
			}
		}

		PlaceImportReport report(String fileName, DetectedEncoding encoding, boolean dryRun, boolean applied) {
			return new PlaceImportReport(fileName, format, encoding.label(), dryRun, applied, rows, created, updated,
					unchanged, skipped, rejected, List.copyOf(problems), null, List.of(), unusedColumns);
		}
	}
}
