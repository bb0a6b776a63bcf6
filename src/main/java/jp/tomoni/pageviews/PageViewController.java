package jp.tomoni.pageviews;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jp.tomoni.shared.FiscalYear;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Coordinators, city staff and administrators see the page views by month and 年度, in total and per page, and
 * download them as CSV (UTF-8 with BOM, for Excel).
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'CITY_STAFF', 'ADMIN')")
class PageViewController {

	static final int TOP_PAGES = 50;

	private final PageViews pageViews;

	private final Clock clock;

	PageViewController(PageViews pageViews, Clock clock) {
		this.pageViews = pageViews;
		this.clock = clock;
	}

	@GetMapping("/backoffice/page-views")
	String overview(@RequestParam(required = false) Integer year, @RequestParam(required = false) String month,
			Model model) {
		FiscalYear fiscalYear = year == null ? FiscalYear.current(clock) : new FiscalYear(year);
		Optional<YearMonth> chosenMonth = month(month).filter(m -> FiscalYear.of(m.atDay(1)).equals(fiscalYear));
		model.addAttribute("year", fiscalYear);
		model.addAttribute("month", chosenMonth.orElse(null));
		model.addAttribute("years", pageViews.yearly());
		model.addAttribute("total", pageViews.total(fiscalYear));
		model.addAttribute("months", pageViews.monthly(fiscalYear));
		model.addAttribute("pages", pageViews.topPages(fiscalYear, chosenMonth, TOP_PAGES));
		return "pageviews/overview";
	}

	/** Every page's views in every month of the 年度: 年度, 月, ページ, 閲覧数; the month totals as ページ 「(合計)」. */
	@GetMapping("/backoffice/page-views/export.csv")
	void csv(@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
		FiscalYear fiscalYear = year == null ? FiscalYear.current(clock) : new FiscalYear(year);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("page-views-" + fiscalYear.startYear() + ".csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		Map<YearMonth, List<PageViews.PageTotal>> pages = pageViews.pagesByMonth(fiscalYear);
		try (CSVPrinter printer = CSVFormat.EXCEL.builder()
			.setHeader("年度", "年月", "ページ", "閲覧数")
			.get()
			.print(writer)) {
			for (PageViews.MonthTotal total : pageViews.monthly(fiscalYear)) {
				printer.printRecord(fiscalYear.japaneseLabel(), total.month(), "(合計)", total.views());
				for (PageViews.PageTotal page : pages.getOrDefault(total.month(), List.of())) {
					printer.printRecord(fiscalYear.japaneseLabel(), total.month(), page.path(), page.views());
				}
			}
		}
	}

	private static Optional<YearMonth> month(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(YearMonth.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}
}
