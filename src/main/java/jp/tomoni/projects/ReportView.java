package jp.tomoni.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A report as pages show it. No personal data: the filer is the party (a group, an organisation or the city), never
 * the person who wrote it.
 *
 * @param number the public number within the project, once submitted; {@code null} for a draft
 * @param editable whether the person reading may still change it (a draft of a party they file for)
 */
public record ReportView(long id, long projectId, @Nullable Integer number, ReportKind kind, ReportStatus status,
		String partyName, @Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, List<Milestone> milestones,
		List<Indicator> indicators, String done, String issues, String outcome, String nextSteps, Instant updatedAt,
		@Nullable Instant submittedAt, boolean editable) {

	public boolean submitted() {
		return status == ReportStatus.SUBMITTED;
	}

	public boolean isFinal() {
		return kind == ReportKind.FINAL;
	}

	/** A milestone of the plan and how far it went ({@code status} {@code null}: not said yet). */
	public record Milestone(String period, String activity, @Nullable MilestoneStatus status, String note) {
	}

	/** An indicator of the plan, its target and the value achieved so far. */
	public record Indicator(String what, String target, String achieved, String note) {
	}
}
