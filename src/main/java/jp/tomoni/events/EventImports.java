package jp.tomoni.events;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.events.imports.EventGrouping;
import jp.tomoni.events.imports.EventImportFormat;
import jp.tomoni.events.imports.EventImportReader;
import jp.tomoni.events.imports.EventLine;
import jp.tomoni.events.imports.EventRow;
import jp.tomoni.events.imports.ImportedEvent;
import jp.tomoni.imports.DetectedEncoding;
import jp.tomoni.imports.EncodingDetector;
import jp.tomoni.imports.ImportFileException;
import jp.tomoni.imports.LineProblem;
import jp.tomoni.imports.Readings;
import jp.tomoni.shared.FiscalYear;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the event lists municipalities publish (docs/event-import.md, decision 0034). All or nothing, like the
 * group import (decision 0015): every line is read and every event checked with the event rules first; only when no
 * line is rejected is anything written, in one transaction. Imported events are published at once (they are public
 * data already). An event is identified by its source (the municipality code of its line) and its key in the list
 * (the NO or ID, see {@link EventGrouping}); it is unchanged when the hash of what the import makes of it is the same
 * as at its last import, so that importing a file again changes nothing. Rows of every municipality are imported:
 * the lists are often prefectural or national.
 */
@Service
public class EventImports {

	private static final Logger log = LoggerFactory.getLogger(EventImports.class);

	/** What an imported event says when its list names no place (the event rules want one for a meeting). */
	static final String NOT_GIVEN = "(一覧に記載なし)";

	/** The key of an event exported from Tomoni that was entered on Tomoni: it is not imported again. */
	private static final Pattern OWN_KEY = Pattern.compile("^tomoni-(\\d+)$");

	/** Events per flush and clear of the persistence context (decision 0047). */
	static final int CHUNK = 500;

	/** Statements per JDBC batch. */
	static final int BATCH = 100;

	private static final Pattern KATAKANA = Pattern.compile("[\\u30A1-\\u30FA\\u30FC\\u30FB\\sA-Za-z0-9・&.\\-]");

	private static final Pattern PHONE = Pattern.compile("[0-9][0-9\\-() ]{7,28}[0-9]");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern WEB = Pattern.compile("^https?://\\S+$");

	private static final Pattern POSTAL = Pattern.compile("^\\d{3}-?\\d{4}$");

	private final EventManagement management;

	private final EntityManager entityManager;

	private final TransactionTemplate writing;

	private final AuditLog auditLog;

	private final Clock clock;

	EventImports(EventManagement management, EntityManager entityManager,
			PlatformTransactionManager transactionManager, AuditLog auditLog, Clock clock) {
		this.management = management;
		this.entityManager = entityManager;
		this.writing = new TransactionTemplate(transactionManager);
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Imports a file, or only checks it ({@code dryRun}); the format is recognised by its header row. */
	public EventImportReport importFile(Path file, String fileName, boolean dryRun) {
		EventImportReport report = run(file, fileName, dryRun);
		String outcome = report.applied() ? "OK" : report.succeeded() ? "DRY_RUN" : "REJECTED";
		auditLog.record(new AuditRecord(dryRun ? "event.import.dry-run" : "event.import",
				"event-import:" + (report.format() == null ? "-" : report.format()),
				"created=%d,updated=%d,unchanged=%d,skipped=%d,rejected=%d".formatted(report.created(),
						report.updated(), report.unchanged(), report.skipped().size(), report.rejectedLines())),
				outcome);
		return report;
	}

	/** One event of the file, ready to apply. */
	private record Prepared(String source, String key, String hash, EventCommand command) {
	}

	private EventImportReport run(Path file, String fileName, boolean dryRun) {
		long started = System.nanoTime();
		DetectedEncoding encoding;
		try {
			encoding = EncodingDetector.detect(file).orElse(null);
		}
		catch (IOException unreadable) {
			return EventImportReport.refused(fileName, dryRun, null, null, "import.file.unreadable", List.of());
		}
		if (encoding == null) {
			return EventImportReport.refused(fileName, dryRun, null, null, "import.file.encoding", List.of());
		}
		EventGrouping grouping = new EventGrouping();
		List<EventLine.Skipped> skipped = new ArrayList<>();
		List<LineProblem> problems = new ArrayList<>();
		int lines = 0;
		EventImportFormat format;
		try (EventImportReader reader = EventImportReader.open(file, encoding, null)) {
			format = reader.format();
			for (EventLine line = reader.next(); line != null; line = reader.next()) {
				lines++;
				switch (line) {
					case EventLine.Row row -> grouping.add(row.row());
					case EventLine.Skipped skip -> skipped.add(skip);
					case EventLine.Rejected rejected -> problems.addAll(rejected.problems());
				}
			}
		}
		catch (ImportFileException refused) {
			return EventImportReport.refused(fileName, dryRun, null, encoding.label(), refused.code(),
					refused.arguments());
		}
		catch (IOException unreadable) {
			return EventImportReport.refused(fileName, dryRun, null, encoding.label(), "import.file.unreadable",
					List.of());
		}
		String fallbackSource = "file:" + stem(fileName);
		Readings readings = new Readings();
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));
		List<Prepared> prepared = new ArrayList<>();
		int dates = 0;
		for (ImportedEvent event : grouping.events()) {
			EventRow first = event.first();
			EventCommand command = command(event, readings);
			try {
				EventRules.check(command, today, Set.of(), false);
			}
			catch (EventRuleViolation violation) {
				problems.add(LineProblem.of(first.line(), violation.field(), "eventImport.error.rule",
						new DefaultMessageSourceResolvable(new String[] { violation.code() }, violation.arguments(),
								violation.code())));
				continue;
			}
			String source = first.municipalityCode() == null ? fallbackSource : first.municipalityCode();
			prepared.add(new Prepared(source, event.key(), hash(command), command));
			dates += command.dates().size();
		}
		problems.sort(java.util.Comparator.comparingLong(LineProblem::line));
		int events = grouping.size();
		if (!problems.isEmpty() || dryRun) {
			int[] outcome = problems.isEmpty() ? preview(prepared) : new int[3];
			return new EventImportReport(fileName, format.id(), encoding.label(), dryRun, lines, events, dates,
					outcome[0], outcome[1], outcome[2], skipped, problems, null, List.of(), false,
					millisSince(started));
		}
		int[] counts;
		try {
			counts = writing.execute(status -> {
				entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH);
				int[] tally = new int[3];
				Map<String, String> stored = storedHashes(prepared);
				Set<String> written = new HashSet<>();
				for (Prepared p : prepared) {
					String id = p.source() + "\u0000" + p.key();
					String storedHash = stored.get(id);
					if (isOwn(p) || p.hash().equals(storedHash)) {
						tally[2]++;
						continue;
					}
					// A key neither stored nor written before in this file is new: no lookup (decision 0047).
					ImportOutcome outcome = storedHash == null && written.add(id)
							? management.importNewEvent(p.source(), p.key(), p.hash(), p.command())
							: management.importEvent(p.source(), p.key(), p.hash(), p.command());
					tally[outcome.ordinal()]++;
					if ((tally[0] + tally[1]) % CHUNK == 0) {
						// The persistence context never holds more than a chunk: each flush checks every entity it
						// holds. The search index keeps what the flush gave it until the commit.
						entityManager.flush();
						entityManager.clear();
					}
				}
				return tally;
			});
		}
		catch (RuntimeException failure) {
			log.error("Event import of {} failed; nothing was applied", fileName, failure);
			return EventImportReport.refused(fileName, false, format.id(), encoding.label(), "import.file.failed",
					List.of());
		}
		long millis = millisSince(started);
		log.info("Event import {}: {} lines, {} events, {} new, {} changed in {} ms", fileName, lines, events,
				counts[0], counts[1], millis);
		return new EventImportReport(fileName, format.id(), encoding.label(), false, lines, events, dates, counts[0],
				counts[1], counts[2], skipped, List.of(), null, List.of(), true, millis);
	}

	/** An event entered on Tomoni and exported: the export's key names it, and it is left as it is. */
	private boolean isOwn(Prepared p) {
		Matcher own = OWN_KEY.matcher(p.key());
		if (!own.matches()) {
			return false;
		}
		Event event = entityManager.find(Event.class, Long.valueOf(own.group(1)));
		return event != null && Event.TOMONI.equals(event.source());
	}

	/** The content hashes stored for the sources of these events, by source and key (one query). */
	private Map<String, String> storedHashes(List<Prepared> prepared) {
		Map<String, String> hashes = new HashMap<>();
		if (prepared.isEmpty()) {
			return hashes;
		}
		for (Object[] row : entityManager
			.createQuery("select e.source, e.sourceKey, e.contentHash from CivicEvent e where e.source in :sources",
					Object[].class)
			.setParameter("sources", prepared.stream().map(Prepared::source).distinct().toList())
			.getResultList()) {
			hashes.put(row[0] + "\u0000" + row[1], (String) row[2]);
		}
		return hashes;
	}

	/** Created, updated, unchanged: what applying would do, from the hashes stored. */
	private int[] preview(List<Prepared> prepared) {
		Map<String, String> hashes = writing.execute(status -> storedHashes(prepared));
		int[] counts = new int[3];
		for (Prepared p : prepared) {
			String stored = hashes.get(p.source() + "\u0000" + p.key());
			counts[OWN_KEY.matcher(p.key()).matches() ? 2 : stored == null ? 0 : stored.equals(p.hash()) ? 2 : 1]++;
		}
		return counts;
	}

	/**
	 * What the event form would hold for this event. Values the event rules would refuse but that are only
	 * decoration in a list are left out rather than refusing the file (docs/event-import.md): a telephone number
	 * with words around it keeps the number, a malformed e-mail address, web address or postal code is dropped,
	 * an end time not after the start is dropped, an application deadline after the first date is dropped, texts
	 * longer than the form allows are cut with 「…」.
	 */
	EventCommand command(ImportedEvent event, Readings readings) {
		EventRow row = event.first();
		String name = cut(row.name(), 200);
		String kana = kana(row.nameKana());
		if (kana == null) {
			kana = kana(readings.guess(name));
		}
		BigDecimal latitude = row.latitude();
		BigDecimal longitude = row.longitude();
		if (latitude == null || longitude == null) {
			latitude = null;
			longitude = null;
		}
		else {
			latitude = latitude.setScale(6, RoundingMode.HALF_UP);
			longitude = longitude.setScale(6, RoundingMode.HALF_UP);
		}
		String placeName = cut(row.placeName(), 200);
		String address = cut(row.address(), 500);
		AttendanceMode mode = Boolean.TRUE.equals(row.online())
				? placeName == null && address == null ? AttendanceMode.ONLINE : AttendanceMode.HYBRID
				: AttendanceMode.IN_PERSON;
		if (mode.hasPlace() && placeName == null && address == null) {
			placeName = NOT_GIVEN;
		}
		String organiser = row.organiser() != null ? row.organiser()
				: row.contactName() != null ? row.contactName() : NOT_GIVEN;
		List<EventDateCommand> dates = new ArrayList<>();
		for (ImportedEvent.Occurrence o : event.occurrences()) {
			LocalTime start = o.startTime();
			LocalTime end = o.endTime();
			boolean sameDay = o.endDate() == null;
			if (start == null || (sameDay && end != null && !end.isAfter(start))) {
				end = null;
			}
			dates.add(new EventDateCommand(o.date(), o.endDate(), start, end));
			if (dates.size() == EventRules.MAX_DATES) {
				break;
			}
		}
		LocalDateTime deadline = row.applicationDeadlineDate() == null ? null
				: row.applicationDeadlineDate()
					.atTime(row.applicationDeadlineTime() == null ? LocalTime.of(23, 59)
							: row.applicationDeadlineTime());
		if (deadline != null && !dates.isEmpty()) {
			EventDateCommand firstDate = dates.getFirst();
			LocalDateTime firstStart = firstDate.date()
				.atTime(firstDate.startTime() == null ? LocalTime.MAX : firstDate.startTime());
			if (deadline.isAfter(firstStart)) {
				deadline = null;
			}
		}
		return new EventCommand(name, kana, cut(row.summary(), 1000), cut(row.description(), 8000),
				category(row.kind(), row.name()), Set.of(), null, cut(row.audience(), 500), cut(row.fee(), 500),
				row.free(), row.capacity() != null && row.capacity() > 0 ? row.capacity() : null, mode,
				web(row.onlineUrl()), null, placeName, postal(row.postalCode()), address, latitude, longitude, null,
				cut(organiser, 200), Set.of(), cut(row.coOrganisers(), 1000), cut(row.contactName(), 200),
				phone(row.contactPhone()), email(row.contactEmail()), web(row.url()),
				cut(row.applicationMethod(), 2000), deadline, false, dates);
	}

	/**
	 * The category of the list's イベント種類 (and, when it says nothing, of the event's name): the categories are
	 * Tomoni's (交流会, 講座・セミナー, …); a kind they do not cover is その他.
	 */
	static String category(@Nullable String kind, String name) {
		if (kind != null) {
			String code = categoryOf(kind);
			if (!code.equals("other")) {
				return code;
			}
		}
		return categoryOf(name);
	}

	private static String categoryOf(String text) {
		if (text.matches("(?s).*(セミナー|講座|講習|講演|教室|研修|学習|勉強会|ワークショップ|シンポジウム|フォーラム).*")) {
			return "seminar";
		}
		if (text.matches("(?s).*相談.*")) {
			return "consultation";
		}
		if (text.matches("(?s).*(報告会|発表会).*")) {
			return "report";
		}
		if (text.matches("(?s).*(ラウンドテーブル|円卓|意見交換).*")) {
			return "roundtable";
		}
		if (text.matches("(?s).*(交流|サロン|つどい|集い).*")) {
			return "exchange";
		}
		if (text.matches("(?s).*(ボランティア|清掃|クリーン).*")) {
			return "volunteer";
		}
		if (text.matches("(?s).*(催事|祭|まつり|フェスタ|フェスティバル|地域行事|盆踊り|運動会|体育祭).*")) {
			return "community";
		}
		return "other";
	}

	private static @Nullable String kana(@Nullable String value) {
		if (value == null) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		value.codePoints().forEach(cp -> {
			String c = new String(Character.toChars(cp));
			if (KATAKANA.matcher(c).matches()) {
				out.append(c);
			}
		});
		String kana = out.toString().strip().replaceAll("\\s+", " ");
		return kana.isEmpty() ? null : cut(kana, 400);
	}

	private static @Nullable String phone(@Nullable String value) {
		if (value == null) {
			return null;
		}
		Matcher m = PHONE.matcher(value);
		return m.find() ? m.group().strip() : null;
	}

	private static @Nullable String email(@Nullable String value) {
		return value != null && value.length() <= 254 && EMAIL.matcher(value).matches() ? value : null;
	}

	private static @Nullable String web(@Nullable String value) {
		return value != null && value.length() <= 500 && WEB.matcher(value).matches() ? value : null;
	}

	private static @Nullable String postal(@Nullable String value) {
		return value != null && POSTAL.matcher(value).matches() ? value : null;
	}

	static @Nullable String cut(@Nullable String value, int max) {
		if (value == null || value.codePointCount(0, value.length()) <= max) {
			return value;
		}
		return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
	}

	/** The hash of what the import makes of an event: equal hashes, nothing to change. */
	static String hash(EventCommand command) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(command.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static String stem(String fileName) {
		String name = Path.of(fileName).getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		return stem.length() > 30 ? stem.substring(0, 30) : stem;
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}
}
