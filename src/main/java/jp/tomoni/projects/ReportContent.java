package jp.tomoni.projects;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a report says, as its form sends it once every value is of its type: the period covered, for each line of the
 * plan (in the report's order) how far it went, the values achieved, and the texts. Blank texts are empty strings;
 * what is required is checked when the report is submitted.
 *
 * @param outcome the final report's outcome (empty for a progress report)
 * @param nextSteps the final report's "what comes next" (empty for a progress report)
 */
record ReportContent(@Nullable LocalDate periodFrom, @Nullable LocalDate periodTo, List<MilestoneEntry> milestones,
		List<IndicatorEntry> indicators, String done, String issues, String outcome, String nextSteps) {

	ReportContent {
		milestones = List.copyOf(milestones);
		indicators = List.copyOf(indicators);
	}

	/** How far a milestone went ({@code null}: not said yet) and a note. */
	record MilestoneEntry(@Nullable MilestoneStatus status, String note) {
	}

	/** The value achieved so far, as written, and a note. */
	record IndicatorEntry(String achieved, String note) {
	}
}
