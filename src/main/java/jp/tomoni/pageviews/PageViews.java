package jp.tomoni.pageviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.FiscalYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.PreDestroy;

/**
 * Facade of the page-views module. Views are counted in memory (one atomic map update a request) and written to the
 * database in batches, every minute and when the application stops, with an UPDATE-then-INSERT that H2 and
 * PostgreSQL both run (docs/decisions/0043). Totals by month and 年度 and the most viewed pages come from the
 * database.
 */
@Service
public class PageViews {

	static final int MAX_PATH = 300;

	private static final Logger log = LoggerFactory.getLogger(PageViews.class);

	private final ConcurrentHashMap<Key, Long> pending = new ConcurrentHashMap<>();

	private final JdbcTemplate jdbc;

	private final Municipalities municipalities;

	private final Clock clock;

	PageViews(JdbcTemplate jdbc, Municipalities municipalities, Clock clock) {
		this.jdbc = jdbc;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/** A page and a day in Japan. */
	record Key(LocalDate day, String path) {
	}

	/** The views of one month. */
	public record MonthTotal(YearMonth month, long views) {
	}

	/** The views of one 年度. */
	public record YearTotal(FiscalYear year, long views) {
	}

	/** A page and its views over a period. */
	public record PageTotal(String path, long views) {
	}

	/** Counts one view of the page today; memory only until the next flush. */
	public void count(String path) {
		pending.merge(new Key(LocalDate.now(clock.withZone(FiscalYear.JAPAN)), path), 1L, Long::sum);
	}

	/** Views counted but not yet written. */
	long pendingViews() {
		return pending.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Writes the counts held in memory to the database and forgets them; what could not be written is kept for the
	 * next flush. Each key is taken out of the map atomically, so a view counted meanwhile is never lost.
	 */
	@Scheduled(fixedDelayString = "${tomoni.page-views.flush-interval-ms:60000}",
			initialDelayString = "${tomoni.page-views.flush-interval-ms:60000}")
	public synchronized int flush() {
		if (pending.isEmpty()) {
			return 0;
		}
		String code = municipalities.current().code();
		int written = 0;
		for (Key key : List.copyOf(pending.keySet())) {
			Long views = pending.remove(key);
			if (views == null) {
				continue;
			}
			try {
				add(code, key, views);
				written++;
			}
			catch (DataAccessException ex) {
				pending.merge(key, views, Long::sum);
				log.warn("Page views could not be written, kept for the next flush: {}", ex.getClass().getSimpleName());
				break;
			}
		}
		return written;
	}

	@PreDestroy
	void flushOnShutdown() {
		flush();
	}

	/** UPDATE, then INSERT when the row does not exist yet; a concurrent INSERT (another instance) falls back. */
	private void add(String code, Key key, long views) {
		int updated = jdbc.update(
				"UPDATE page_view_daily SET views = views + ? WHERE municipality_code = ? AND view_date = ? AND path = ?",
				views, code, key.day(), key.path());
		if (updated == 0) {
			try {
				jdbc.update("INSERT INTO page_view_daily (municipality_code, view_date, path, views) VALUES (?, ?, ?, ?)",
						code, key.day(), key.path(), views);
			}
			catch (DuplicateKeyException ex) {
				jdbc.update("UPDATE page_view_daily SET views = views + ? WHERE municipality_code = ? AND view_date = ? "
						+ "AND path = ?", views, code, key.day(), key.path());
			}
		}
	}

	/** Views of each month of the 年度, April to March (months without views count 0). */
	@Transactional(readOnly = true)
	public List<MonthTotal> monthly(FiscalYear year) {
		Map<YearMonth, Long> byMonth = new TreeMap<>();
		for (int i = 0; i < 12; i++) {
			byMonth.put(YearMonth.from(year.firstDay()).plusMonths(i), 0L);
		}
		jdbc.query("SELECT view_date, SUM(views) FROM page_view_daily WHERE municipality_code = ? AND view_date >= ? "
				+ "AND view_date <= ? GROUP BY view_date", rs -> {
					LocalDate day = rs.getObject(1, LocalDate.class);
					byMonth.merge(YearMonth.from(day), rs.getLong(2), Long::sum);
				}, code(), year.firstDay(), year.lastDay());
		return byMonth.entrySet().stream().map(e -> new MonthTotal(e.getKey(), e.getValue())).toList();
	}

	/** Total views of the 年度. */
	@Transactional(readOnly = true)
	public long total(FiscalYear year) {
		Long total = jdbc.queryForObject("SELECT COALESCE(SUM(views), 0) FROM page_view_daily WHERE municipality_code = ? "
				+ "AND view_date >= ? AND view_date <= ?", Long.class, code(), year.firstDay(), year.lastDay());
		return total == null ? 0 : total;
	}

	/** Every 年度 from the first with views to the current one, newest first, with its total. */
	@Transactional(readOnly = true)
	public List<YearTotal> yearly() {
		FiscalYear current = FiscalYear.current(clock);
		LocalDate first = jdbc.queryForObject("SELECT MIN(view_date) FROM page_view_daily WHERE municipality_code = ?",
				LocalDate.class, code());
		FiscalYear oldest = first == null ? current : FiscalYear.of(first);
		List<YearTotal> years = new ArrayList<>();
		for (FiscalYear year = current; year.compareTo(oldest) >= 0; year = year.previous()) {
			years.add(new YearTotal(year, total(year)));
		}
		return years;
	}

	/** The most viewed pages of the 年度, or of one of its months. */
	@Transactional(readOnly = true)
	public List<PageTotal> topPages(FiscalYear year, Optional<YearMonth> month, int limit) {
		LocalDate from = month.map(m -> m.atDay(1)).orElse(year.firstDay());
		LocalDate to = month.map(YearMonth::atEndOfMonth).orElse(year.lastDay());
		return jdbc.query("SELECT path, SUM(views) AS total FROM page_view_daily WHERE municipality_code = ? "
				+ "AND view_date >= ? AND view_date <= ? GROUP BY path ORDER BY total DESC, path ASC "
				+ "FETCH FIRST " + Math.max(1, Math.min(limit, 10_000)) + " ROWS ONLY",
				(rs, row) -> new PageTotal(rs.getString(1), rs.getLong(2)), code(), from, to);
	}

	/** Each page's views in each month of the 年度, for the CSV. */
	@Transactional(readOnly = true)
	public Map<YearMonth, List<PageTotal>> pagesByMonth(FiscalYear year) {
		Map<YearMonth, Map<String, Long>> months = new TreeMap<>();
		jdbc.query("SELECT view_date, path, views FROM page_view_daily WHERE municipality_code = ? AND view_date >= ? "
				+ "AND view_date <= ?", rs -> {
					YearMonth month = YearMonth.from(rs.getObject(1, LocalDate.class));
					months.computeIfAbsent(month, m -> new TreeMap<>()).merge(rs.getString(2), rs.getLong(3), Long::sum);
				}, code(), year.firstDay(), year.lastDay());
		Map<YearMonth, List<PageTotal>> result = new TreeMap<>();
		months.forEach((month, pages) -> result.put(month, pages.entrySet()
			.stream()
			.map(e -> new PageTotal(e.getKey(), e.getValue()))
			.sorted((a, b) -> a.views() != b.views() ? Long.compare(b.views(), a.views()) : a.path().compareTo(b.path()))
			.toList()));
		return result;
	}

	private String code() {
		return municipalities.current().code();
	}
}
