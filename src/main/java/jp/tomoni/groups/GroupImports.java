package jp.tomoni.groups;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.groups.imports.ImportContext;
import jp.tomoni.groups.imports.ImportFormat;
import jp.tomoni.groups.imports.ImportReader;
import jp.tomoni.groups.imports.ImportedRow;
import jp.tomoni.groups.imports.ParsedLine;
import jp.tomoni.imports.DetectedEncoding;
import jp.tomoni.imports.EncodingDetector;
import jp.tomoni.imports.HeaderText;
import jp.tomoni.imports.ImportFileException;
import jp.tomoni.imports.LineProblem;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.search.SearchCounts;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.shared.CorporateNumber;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports lists of groups (docs/group-import.md): Tomoni's CSV, the 内閣府 NPO portal bulk CSV and 東京都's NPO list.
 * All or nothing: the file is read and every line checked with the registration form's rules first; only when no
 * line is rejected is it read again and applied, in one transaction. Imported groups are public (本登録: the lists
 * are official) and administered by the importing account. Re-importing changes nothing: a group is matched by its
 * 法人番号, else by (format, source id), and is unchanged when its imported values are the same as at its last
 * import. The search index is updated after the commit with a mass indexer limited to the groups written, instead
 * of per entity during the transaction (decision 0015).
 */
@Service
public class GroupImports {

	private static final Logger log = LoggerFactory.getLogger(GroupImports.class);

	/** Rows per database round (flush and clear): the persistence context never holds more. */
	static final int CHUNK = 500;

	private final GroupDirectory directory;

	private final Areas areas;

	private final Municipalities municipalities;

	private final Validator validator;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final AuditLog auditLog;

	private final Clock clock;

	private final SearchCounts searchCounts;

	GroupImports(GroupDirectory directory, Areas areas, Municipalities municipalities, Validator validator,
			EntityManager entityManager, EntityManagerFactory entityManagerFactory,
			PlatformTransactionManager transactionManager, AuditLog auditLog, Clock clock, SearchCounts searchCounts) {
		this.searchCounts = searchCounts;
		this.directory = directory;
		this.areas = areas;
		this.municipalities = municipalities;
		this.validator = validator;
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.writing = new TransactionTemplate(transactionManager);
		this.reading = new TransactionTemplate(transactionManager);
		this.reading.setReadOnly(true);
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Imports a file, or checks it only ({@code dryRun}).
	 *
	 * @param format the format, or {@code null} to recognise it by the header row
	 * @param ownerAccountId the account that administers the groups created
	 */
	public GroupImportReport importFile(Path file, String fileName, @Nullable ImportFormat format, boolean dryRun,
			long ownerAccountId) {
		GroupImportReport report = run(file, fileName, format, dryRun, ownerAccountId);
		String outcome = report.applied() ? "OK" : report.succeeded() ? "DRY_RUN" : "REJECTED";
		String counts = "created=%d,updated=%d,unchanged=%d,skipped=%d,rejected=%d".formatted(report.created(),
				report.updated(), report.unchanged(), report.skippedOtherMunicipality() + report.skippedDissolved(),
				report.rejectedLines());
		auditLog.record(new AuditRecord(dryRun ? "group.import.dry-run" : "group.import",
				"group-import:" + (report.format() == null ? "-" : report.format()), counts), outcome);
		return report;
	}

	private GroupImportReport run(Path file, String fileName, @Nullable ImportFormat format, boolean dryRun,
			long ownerAccountId) {
		DetectedEncoding encoding;
		try {
			encoding = EncodingDetector.detect(file).orElse(null);
		}
		catch (IOException unreadable) {
			return GroupImportReport.refused(fileName, dryRun, null, null, "import.file.unreadable", List.of());
		}
		if (encoding == null) {
			return GroupImportReport.refused(fileName, dryRun, null, null, "import.file.encoding", List.of());
		}
		Rules rules = new Rules();
		long started = System.nanoTime();
		Tally check;
		try {
			check = pass(file, encoding, format, rules, null);
		}
		catch (ImportFileException refused) {
			return GroupImportReport.refused(fileName, dryRun, format == null ? null : format.id(), encoding.label(),
					refused.code(), refused.arguments());
		}
		log.info("Group import {}: checked {} lines in {} ms", fileName, check.rows, millisSince(started));
		if (check.rejected > 0 || dryRun) {
			return check.report(fileName, encoding, dryRun, false);
		}
		long writeStarted = System.nanoTime();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Writer writer = new Writer(ownerAccountId, now);
		Tally applied;
		try {
			applied = writing.execute(status -> {
				// The groups are indexed after the commit, in bulk (decision 0015).
				Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Group.class));
				entityManager.unwrap(Session.class).setJdbcBatchSize(100);
				try {
					Tally tally = pass(file, encoding, check.format, rules, writer);
					if (tally.rejected > 0) {
						status.setRollbackOnly();
					}
					return tally;
				}
				catch (ImportFileException changedMeanwhile) {
					throw new IllegalStateException(changedMeanwhile);
				}
			});
		}
		catch (RuntimeException failure) {
			log.error("Group import of {} failed; nothing was applied", fileName, failure);
			return GroupImportReport.refused(fileName, false, check.format.id(), encoding.label(),
					"import.file.failed", List.of());
		}
		if (applied == null || applied.rejected > 0) {
			return applied == null ? check.report(fileName, encoding, false, false)
					: applied.report(fileName, encoding, false, false);
		}
		log.info("Group import {}: wrote {} new and {} changed groups in {} ms", fileName, applied.created,
				applied.updated, millisSince(writeStarted));
		long indexing = System.nanoTime();
		if (applied.created + applied.updated > 0) {
			index(now);
		}
		log.info("Group import {}: indexed in {} ms", fileName, millisSince(indexing));
		return applied.report(fileName, encoding, false, true);
	}

	/** Indexes the groups this import wrote: they all carry its instant as their last update. */
	private void index(Instant now) {
		try {
			MassIndexer indexer = Search.mapping(entityManagerFactory)
				.scope(Group.class)
				.massIndexer()
				.purgeAllOnStart(false)
				.dropAndCreateSchemaOnStart(false)
				.mergeSegmentsOnFinish(false)
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(100);
			indexer.type(Group.class)
				.reindexOnly("e.municipalityCode = :code and e.updatedAt = :at")
				.param("code", code())
				.param("at", now);
			indexer.startAndWait();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			log.warn("Indexing of the imported groups was interrupted; the index is rebuilt at the next start");
		}
		finally {
			// The counts kept for searches were dropped when the rows were written; drop any counted meanwhile.
			searchCounts.changed(Group.class);
		}
	}

	private Tally pass(Path file, DetectedEncoding encoding, @Nullable ImportFormat format, Rules rules,
			@Nullable Writer writer) throws ImportFileException {
		ImportContext context = new ImportContext(code(), municipalities.current().name(), rules.kindsByName);
		try (ImportReader reader = ImportReader.open(file, encoding, format, context)) {
			Tally tally = new Tally(reader.format(), reader.unusedColumns());
			List<ImportedRow> chunk = new ArrayList<>(CHUNK);
			ParsedLine line;
			while ((line = reader.next()) != null) {
				tally.rows++;
				switch (line) {
					case ParsedLine.Skipped skipped -> {
						if (skipped.reason() == ParsedLine.SkipReason.DISSOLVED) {
							tally.dissolved++;
						}
						else {
							tally.otherMunicipality++;
						}
					}
					case ParsedLine.Rejected rejected -> tally.reject(rejected.problems());
					case ParsedLine.Row(ImportedRow row) -> {
						List<LineProblem> problems = rules.check(row);
						tally.checkDuplicate(row, problems);
						if (problems.isEmpty()) {
							chunk.add(row);
						}
						else {
							tally.reject(problems);
						}
					}
				}
				if (chunk.size() == CHUNK) {
					apply(chunk, tally, rules, writer);
					chunk.clear();
				}
			}
			apply(chunk, tally, rules, writer);
			return tally;
		}
		catch (IOException unreadable) {
			throw new ImportFileException("import.file.unreadable");
		}
	}

	/** Finds each row's group, and creates or changes it when there is a writer. */
	private void apply(List<ImportedRow> chunk, Tally tally, Rules rules, @Nullable Writer writer) {
		if (chunk.isEmpty()) {
			return;
		}
		if (writer == null) {
			reading.executeWithoutResult(status -> {
				match(chunk, tally, rules, null);
				entityManager.clear();
			});
		}
		else {
			match(chunk, tally, rules, writer);
			entityManager.flush();
			entityManager.clear();
		}
	}

	private void match(List<ImportedRow> chunk, Tally tally, Rules rules, @Nullable Writer writer) {
		String code = code();
		String formatId = tally.format.id();
		Set<String> numbers = chunk.stream()
			.map(ImportedRow::corporateNumber)
			.filter(n -> n != null)
			.collect(Collectors.toSet());
		Map<String, Long> groupByNumber = new HashMap<>();
		if (!numbers.isEmpty()) {
			entityManager
				.createQuery("select g.corporateNumber, min(g.id) from CivicGroup g where g.municipalityCode = :code "
						+ "and g.corporateNumber in :numbers group by g.corporateNumber", Object[].class)
				.setParameter("code", code)
				.setParameter("numbers", numbers)
				.getResultList()
				.forEach(row -> groupByNumber.put((String) row[0], (Long) row[1]));
		}
		Map<String, GroupImportSource> bySourceId = new HashMap<>();
		entityManager
			.createQuery("select s from GroupImportSource s where s.municipalityCode = :code "
					+ "and s.sourceFormat = :format and s.sourceId in :ids", GroupImportSource.class)
			.setParameter("code", code)
			.setParameter("format", formatId)
			.setParameter("ids", chunk.stream().map(ImportedRow::sourceId).collect(Collectors.toSet()))
			.getResultList()
			.forEach(source -> bySourceId.put(source.sourceId(), source));
		Map<Long, GroupImportSource> byGroup = new HashMap<>();
		if (!groupByNumber.isEmpty()) {
			entityManager
				.createQuery("select s from GroupImportSource s where s.groupId in :ids", GroupImportSource.class)
				.setParameter("ids", groupByNumber.values())
				.getResultList()
				.forEach(source -> byGroup.put(source.groupId(), source));
		}
		for (ImportedRow row : chunk) {
			String hash = hash(formatId, row);
			Long groupId = row.corporateNumber() == null ? null : groupByNumber.get(row.corporateNumber());
			GroupImportSource source = groupId == null ? null : byGroup.get(groupId);
			if (groupId == null) {
				source = bySourceId.get(row.sourceId());
				groupId = source == null ? null : source.groupId();
			}
			if (groupId == null) {
				tally.created++;
				if (writer != null) {
					Group group = Group.register(code, writer.owner(), rules.command(row), writer.now());
					group.approve(writer.now());
					entityManager.persist(group);
					entityManager.persist(new GroupImportSource(group.id(), code, formatId, row.sourceId(), hash,
							writer.now()));
				}
				continue;
			}
			if (source != null && source.contentHash().equals(hash)) {
				tally.unchanged++;
				continue;
			}
			Group group = entityManager.find(Group.class, groupId);
			GroupCommand current = group.toCommand();
			GroupCommand merged = merge(current, rules.command(row), row.imported());
			if (merged.equals(current)) {
				tally.unchanged++;
			}
			else {
				tally.updated++;
				if (writer != null) {
					group.change(merged, writer.now());
				}
			}
			if (writer != null) {
				if (source != null) {
					source.imported(formatId, row.sourceId(), hash, writer.now());
				}
				else {
					GroupImportSource other = bySourceId.get(row.sourceId());
					if (other != null) {
						// The same source id named another group before this row had a 法人番号: it moves here.
						entityManager.remove(other);
						entityManager.flush();
					}
					entityManager.persist(new GroupImportSource(groupId, code, formatId, row.sourceId(), hash,
							writer.now()));
				}
			}
		}
	}

	/**
	 * The group's current values with those this format imports replaced; the profile details (legal form, founding,
	 * members, days, links, offers and seeks) are not imported and stay as the group's administrators wrote them.
	 */
	static GroupCommand merge(GroupCommand current, GroupCommand imported, Set<String> properties) {
		return new GroupCommand(pick(properties, "name", current.name(), imported.name()),
				pick(properties, "nameKana", current.nameKana(), imported.nameKana()),
				pick(properties, "kindCode", current.kindCode(), imported.kindCode()),
				pick(properties, "corporateNumber", current.corporateNumber(), imported.corporateNumber()),
				pick(properties, "fieldCodes", current.fieldCodes(), imported.fieldCodes()),
				pick(properties, "areaCodes", current.areaCodes(), imported.areaCodes()),
				pick(properties, "purpose", current.purpose(), imported.purpose()),
				pick(properties, "activities", current.activities(), imported.activities()),
				pick(properties, "offers", current.offers(), imported.offers()),
				pick(properties, "seeks", current.seeks(), imported.seeks()),
				pick(properties, "acceptsVolunteers", current.acceptsVolunteers(), imported.acceptsVolunteers()),
				pick(properties, "website", current.website(), imported.website()),
				pick(properties, "contactEmail", current.contactEmail(), imported.contactEmail()),
				pick(properties, "contactEmailVisibility", current.contactEmailVisibility(),
						imported.contactEmailVisibility()),
				pick(properties, "contactPhone", current.contactPhone(), imported.contactPhone()),
				pick(properties, "contactPhoneVisibility", current.contactPhoneVisibility(),
						imported.contactPhoneVisibility()),
				current.details());
	}

	private static <T> T pick(Set<String> properties, String property, T current, T imported) {
		return properties.contains(property) ? imported : current;
	}

	/** SHA-256 of the values this row imports, in a fixed order. */
	static String hash(String format, ImportedRow row) {
		StringBuilder text = new StringBuilder(format);
		for (String property : new TreeSet<>(row.imported())) {
			Object value = switch (property) {
				case "name" -> row.name();
				case "nameKana" -> row.nameKana();
				case "kindCode" -> row.kindCode();
				case "corporateNumber" -> row.corporateNumber();
				case "fieldCodes" -> new TreeSet<>(row.fieldCodes());
				case "areaCodes" -> new TreeSet<>(row.areaCodes());
				case "purpose" -> row.purpose();
				case "activities" -> row.activities();
				case "offers" -> row.offers();
				case "seeks" -> row.seeks();
				case "acceptsVolunteers" -> row.acceptsVolunteers();
				case "website" -> row.website();
				case "contactEmail" -> row.contactEmail();
				case "contactEmailVisibility" -> row.contactEmailVisibility();
				case "contactPhone" -> row.contactPhone();
				case "contactPhoneVisibility" -> row.contactPhoneVisibility();
				default -> null;
			};
			text.append('\u0001').append(property).append('=').append(value);
		}
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private String code() {
		return municipalities.current().code();
	}

	private static long millisSince(long nanoTime) {
		return (System.nanoTime() - nanoTime) / 1_000_000;
	}

	private record Writer(long owner, Instant now) {
	}

	/** The registration form's rules (bean validation of {@link GroupForm}, then the directory's own checks). */
	private final class Rules {

		final Set<String> kindCodes;

		final Map<String, String> kindsByName = new HashMap<>();

		final Set<String> areaCodes;

		Rules() {
			List<GroupKindView> kinds = directory.kinds();
			this.kindCodes = kinds.stream().map(GroupKindView::code).collect(Collectors.toSet());
			for (GroupKindView kind : kinds) {
				kindsByName.put(HeaderText.normalise(kind.code()), kind.code());
				kindsByName.put(HeaderText.normalise(kind.name()), kind.code());
			}
			this.areaCodes = areas.all().stream().map(AreaView::code).collect(Collectors.toSet());
		}

		GroupForm form(ImportedRow row) {
			return new GroupForm(text(row.name()), text(row.nameKana()), text(row.kindCode()), row.corporateNumber(),
					row.fieldCodes(), row.areaCodes(), text(row.purpose()), row.activities(), row.offers(), row.seeks(),
					row.acceptsVolunteers(), row.website(), row.contactEmail(),
					Visibility.valueOf(text(row.contactEmailVisibility())), row.contactPhone(),
					Visibility.valueOf(text(row.contactPhoneVisibility())), null, null, null, null, null, null, null, null,
					null);
		}

		GroupCommand command(ImportedRow row) {
			return form(row).toCommand();
		}

		List<LineProblem> check(ImportedRow row) {
			List<LineProblem> problems = new ArrayList<>();
			long line = row.line();
			for (ConstraintViolation<GroupForm> violation : validator.validate(form(row))) {
				String property = violation.getPropertyPath().toString();
				String column = row.column(property);
				var annotation = violation.getConstraintDescriptor().getAnnotation();
				if (annotation instanceof Size size) {
					Object value = violation.getInvalidValue();
					problems.add(LineProblem.of(line, column, "groupImport.error.tooLong", size.max(),
							value == null ? 0 : value.toString().length()));
				}
				else if (annotation instanceof Pattern && property.equals("nameKana")) {
					problems.add(LineProblem.of(line, column, "groupImport.error.kana", row.nameKana()));
				}
				else if (annotation instanceof Pattern || annotation instanceof Email) {
					problems.add(LineProblem.of(line, column, "groupImport.error.format",
							String.valueOf(violation.getInvalidValue())));
				}
				else if (annotation instanceof NotEmpty && property.equals("fieldCodes")) {
					problems.add(LineProblem.of(line, column, "groupImport.error.fieldsRequired"));
				}
				else {
					problems.add(LineProblem.of(line, column, "groupImport.error.required"));
				}
			}
			if (row.kindCode() != null && !row.kindCode().isBlank() && !kindCodes.contains(row.kindCode())) {
				problems.add(LineProblem.of(line, row.column("kindCode"), "groupImport.error.kind", row.kindCode()));
			}
			if (row.corporateNumber() != null && !CorporateNumber.isValid(row.corporateNumber())) {
				problems.add(LineProblem.of(line, row.column("corporateNumber"), "groupImport.error.corporateNumber",
						row.corporateNumber()));
			}
			String unknownFields = row.fieldCodes()
				.stream()
				.filter(code -> !ActivityField.isKnown(code))
				.sorted()
				.collect(Collectors.joining(","));
			if (!unknownFields.isEmpty()) {
				problems.add(LineProblem.of(line, row.column("fieldCodes"), "groupImport.error.fields", unknownFields));
			}
			String unknownAreas = row.areaCodes()
				.stream()
				.filter(code -> !areaCodes.contains(code))
				.sorted()
				.collect(Collectors.joining(","));
			if (!unknownAreas.isEmpty()) {
				problems.add(LineProblem.of(line, row.column("areaCodes"), "groupImport.error.areas", unknownAreas));
			}
			problems.sort((a, b) -> a.column().compareTo(b.column()));
			return problems;
		}

		private static String text(@Nullable String value) {
			return value == null ? "" : value;
		}
	}

	/** Counts of one pass over the file. */
	private static final class Tally {

		final ImportFormat format;

		final List<String> unusedColumns;

		long rows;

		long created;

		long updated;

		long unchanged;

		long otherMunicipality;

		long dissolved;

		long rejected;

		final List<LineProblem> problems = new ArrayList<>();

		/** The first line of each 法人番号 and source id, to refuse a group named twice in one file. */
		final Map<String, Long> firstLines = new HashMap<>();

		Tally(ImportFormat format, List<String> unusedColumns) {
			this.format = format;
			this.unusedColumns = unusedColumns;
		}

		void reject(List<LineProblem> lineProblems) {
			rejected++;
			for (LineProblem problem : lineProblems) {
				if (problems.size() < GroupImportReport.MAX_PROBLEMS) {
					problems.add(problem);
				}
			}
		}

		void checkDuplicate(ImportedRow row, List<LineProblem> problems) {
			if (row.corporateNumber() != null) {
				Long first = firstLines.putIfAbsent("c:" + row.corporateNumber(), row.line());
				if (first != null) {
					problems.add(LineProblem.of(row.line(), row.column("corporateNumber"), "groupImport.error.duplicate",
							row.corporateNumber(), first));
					return;
				}
			}
			Long first = firstLines.putIfAbsent("s:" + row.sourceId(), row.line());
			if (first != null) {
				problems.add(LineProblem.of(row.line(), row.column("sourceId"), "groupImport.error.duplicate",
						row.sourceId(), first));
			}
		}

		GroupImportReport report(String fileName, DetectedEncoding encoding, boolean dryRun, boolean applied) {
			return new GroupImportReport(fileName, format.id(), encoding.label(), dryRun, applied, rows, created, updated,
					unchanged, otherMunicipality, dissolved, rejected, List.copyOf(problems), null, List.of(),
					unusedColumns);
		}
	}
}
