package jp.tomoni.projects;

import java.util.List;

import jp.tomoni.shared.FiscalYear;

/**
 * The counts of the register (decision 0064): projects not cancelled, each counted in the 年度 of its first day; by
 * 年度 over every year with projects, and for one 年度 by form and by field (a project with several fields counts in
 * each, so the fields add up to more than the total). Every count says how many have the city taking part.
 */
public record ProjectCounts(FiscalYear year, Count total, List<YearCount> years, List<Count> forms,
		List<Count> fields) {

	/** A label (a form's or a field's name in the page's language, or a 年度) and its counts. */
	public record Count(String code, String label, long total, long withCity) {

		public long withoutCity() {
			return total - withCity;
		}
	}

	public record YearCount(FiscalYear year, long total, long withCity) {

		public long withoutCity() {
			return total - withCity;
		}
	}

	/** The largest count by 年度, for the bars (at least 1). */
	public long maxYear() {
		return Math.max(1, years.stream().mapToLong(YearCount::total).max().orElse(0));
	}

	public long maxForm() {
		return Math.max(1, forms.stream().mapToLong(Count::total).max().orElse(0));
	}

	public long maxField() {
		return Math.max(1, fields.stream().mapToLong(Count::total).max().orElse(0));
	}
}
