package jp.tomoni.pageviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.shared.FiscalYear;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Page views against the database: the filter counts real page requests and not the others, a flush adds to the
 * day's row (UPDATE then INSERT), and the totals by month and 年度 and the CSV come out right. Tests use their own
 * paths and a 年度 of their own (FY2040), since the database is shared.
 */
@TomoniIntegrationTest
class PageViewsIntegrationTests {

	private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/140.0.0.0 Safari/537.36";

	@Autowired
	MockMvc mvc;

	@Autowired
	PageViews pageViews;

	@Autowired
	JdbcTemplate jdbc;

	private long stored(String path) {
		Long views = jdbc.queryForObject(
				"SELECT COALESCE(SUM(views), 0) FROM page_view_daily WHERE path = ? AND municipality_code = '141500'",
				Long.class, path);
		return views == null ? 0 : views;
	}

	@Test
	void theFilterCountsPublicPagesAndNothingElseWithoutCreatingASession() throws Exception {
		pageViews.flush();
		long before = stored("/groups");
		var result = mvc.perform(get("/groups").header("User-Agent", BROWSER)).andExpect(status().isOk()).andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getCookies()).isEmpty();
		mvc.perform(get("/groups").header("User-Agent", BROWSER).header("Sec-Purpose", "prefetch"));
		mvc.perform(get("/groups").header("User-Agent", "Googlebot/2.1"));
		mvc.perform(get("/groups/export.csv").header("User-Agent", BROWSER));
		mvc.perform(get("/groups/99999999").header("User-Agent", BROWSER)).andExpect(status().isNotFound());
		pageViews.flush();
		assertThat(stored("/groups")).isEqualTo(before + 1);
		assertThat(stored("/groups/export.csv")).isZero();
		assertThat(stored("/groups/99999999")).isZero();
	}

	@Test
	void aFlushAddsToTheDaysRowAndCreatesItWhenMissing() {
		String path = "/test/flush/" + System.nanoTime();
		pageViews.count(path);
		pageViews.count(path);
		assertThat(pageViews.pendingViews()).isGreaterThanOrEqualTo(2);
		pageViews.flush();
		assertThat(stored(path)).isEqualTo(2);
		pageViews.count(path);
		pageViews.flush();
		assertThat(stored(path)).isEqualTo(3);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM page_view_daily WHERE path = ?", Integer.class, path))
			.isEqualTo(1);
	}

	@Test
	void totalsByMonthAndFiscalYear() throws Exception {
		FiscalYear year = new FiscalYear(2040);
		// The rows of this test only (a PostgreSQL database may keep those of an earlier run).
		jdbc.update("DELETE FROM page_view_daily WHERE view_date >= ? AND view_date <= ?", LocalDate.of(2040, 3, 1),
				LocalDate.of(2041, 4, 30));
		insert(LocalDate.of(2040, 4, 1), "/", 10);
		insert(LocalDate.of(2040, 4, 30), "/groups", 5);
		insert(LocalDate.of(2040, 12, 31), "/groups", 7);
		insert(LocalDate.of(2041, 3, 31), "/groups/1", 3);
		insert(LocalDate.of(2041, 4, 1), "/", 100); // FY2041
		insert(LocalDate.of(2040, 3, 31), "/", 1000); // FY2039

		assertThat(pageViews.total(year)).isEqualTo(25);
		assertThat(pageViews.monthly(year)).hasSize(12)
			.first()
			.isEqualTo(new PageViews.MonthTotal(YearMonth.of(2040, 4), 15));
		assertThat(pageViews.monthly(year).get(8)).isEqualTo(new PageViews.MonthTotal(YearMonth.of(2040, 12), 7));
		assertThat(pageViews.monthly(year).get(11)).isEqualTo(new PageViews.MonthTotal(YearMonth.of(2041, 3), 3));
		assertThat(pageViews.topPages(year, Optional.empty(), 10)).containsExactly(new PageViews.PageTotal("/groups", 12),
				new PageViews.PageTotal("/", 10), new PageViews.PageTotal("/groups/1", 3));
		assertThat(pageViews.topPages(year, Optional.of(YearMonth.of(2040, 4)), 1))
			.containsExactly(new PageViews.PageTotal("/", 10));

		var coordinator = user("coordinator@example.jp").roles("CITIZEN", "COORDINATOR");
		mvc.perform(get("/backoffice/page-views").param("year", "2040").with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("令和22年度の閲覧数の合計: 25")));
		byte[] csv = mvc.perform(get("/backoffice/page-views/export.csv").param("year", "2040").with(coordinator))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("年度,年月,ページ,閲覧数", "令和22年度,2040-04,(合計),15", "令和22年度,2040-04,/,10",
				"令和22年度,2040-12,/groups,7", "令和22年度,2041-03,/groups/1,3")
			.doesNotContain("1000", "100\r");
	}

	private void insert(LocalDate day, String path, long views) {
		jdbc.update("INSERT INTO page_view_daily (municipality_code, view_date, path, views) VALUES ('141500', ?, ?, ?)",
				day, path, views);
	}
}
