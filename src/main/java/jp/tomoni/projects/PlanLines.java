package jp.tomoni.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** The rows of a project's plan and of a report against it, as stored. */
final class PlanLines {

	private PlanLines() {
	}

	/** A milestone of the plan. */
	@Embeddable
	record Milestone(@Column(name = "period", nullable = false, length = 100) String period,
			@Column(name = "activity", nullable = false, length = 1000) String activity) {

		Milestone(ProjectMilestone m) {
			this(m.period(), m.activity());
		}

		ProjectMilestone toView() {
			return new ProjectMilestone(period, activity);
		}
	}

	/** An indicator of the plan. */
	@Embeddable
	record Indicator(@Column(name = "what", nullable = false, length = 500) String what,
			@Column(name = "target", nullable = false, length = 200) String target) {

		Indicator(ProjectIndicator i) {
			this(i.what(), i.target());
		}

		ProjectIndicator toView() {
			return new ProjectIndicator(what, target);
		}
	}

	/** A milestone as the report found it (the plan's line when the report was started) and how far it went. */
	@Embeddable
	record ReportedMilestone(@Column(name = "period", nullable = false, length = 100) String period,
			@Column(name = "activity", nullable = false, length = 1000) String activity,
			@Enumerated(EnumType.STRING) @Column(name = "status", length = 20) @Nullable MilestoneStatus status,
			@Column(name = "note", nullable = false, length = 1000) String note) {
	}

	/** An indicator as the report found it and the value achieved so far. */
	@Embeddable
	record ReportedIndicator(@Column(name = "what", nullable = false, length = 500) String what,
			@Column(name = "target", nullable = false, length = 200) String target,
			@Column(name = "achieved", nullable = false, length = 200) String achieved,
			@Column(name = "note", nullable = false, length = 1000) String note) {
	}
}
