package jp.tomoni.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.tomoni.shared.FiscalYear;
import org.jspecify.annotations.Nullable;

/**
 * A collaboration project as pages and other modules see it. Carries no personal data: partners are groups and
 * organisations, the department is a unit of the city.
 *
 * @param areaName the area's name, {@code null} for the whole municipality
 * @param commissionReview whether it is a commission that has stayed with the same partner for
 * {@link Projects#REVIEW_YEARS} fiscal years or more and is due for review
 * @param milestones the plan's schedule, in order
 * @param indicators the plan's indicators with their targets
 */
public record ProjectView(long id, long version, String title, String summary, CollaborationFormView form, Zone zone,
		boolean cityTakesPart, @Nullable DepartmentView department, List<String> fieldCodes, @Nullable String areaCode,
		@Nullable String areaName, LocalDate startDate, @Nullable LocalDate endDate, ProjectOrigin origin,
		@Nullable Long proposalId, ProjectStatus status, List<ProjectPartner> partners, boolean commissionReview,
		List<ProjectMilestone> milestones, List<ProjectIndicator> indicators) {

	/** Whether the project has a plan to report against. */
	public boolean hasPlan() {
		return !milestones.isEmpty() || !indicators.isEmpty();
	}

	/** The 年度 the project counts in: that of its first day. */
	public FiscalYear fiscalYear() {
		return FiscalYear.of(startDate);
	}

	public String formName(Locale locale) {
		return form.name(locale);
	}
}
