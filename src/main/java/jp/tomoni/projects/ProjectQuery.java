package jp.tomoni.projects;

import org.jspecify.annotations.Nullable;

/**
 * The filters of a list of projects; {@code null} for "any".
 *
 * @param year the 年度 of the first day (its start year)
 * @param status staff only: the public register never shows cancelled projects
 * @param review staff only: {@code commission} for the commissions due for periodic review
 */
public record ProjectQuery(@Nullable String form, @Nullable String field, @Nullable String area,
		@Nullable Integer year, @Nullable Boolean city, @Nullable ProjectStatus status, @Nullable String review,
		int page) {

	/** Every project, first page. */
	public static ProjectQuery all() {
		return new ProjectQuery(null, null, null, null, null, null, null, 0);
	}

	public boolean commissionReview() {
		return "commission".equals(review);
	}
}
