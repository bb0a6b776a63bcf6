package jp.tomoni.projects;

import static jp.tomoni.shared.FormValues.blank;
import static jp.tomoni.shared.FormValues.date;
import static jp.tomoni.shared.FormValues.text;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A report as typed: every value is text, so that a wrong date or a tampered choice comes back with the rest of what
 * was written ({@link #checkIn}). One status and note per milestone of the plan, one value and note per indicator, in
 * the order of the report's lines. The kind and the party are chosen when the report is started.
 */
record ReportForm(@Nullable String kind, @Nullable String party, @Nullable String periodFrom,
		@Nullable String periodTo, @Nullable List<@Nullable String> milestoneStatuses,
		@Nullable List<@Nullable String> milestoneNotes, @Nullable List<@Nullable String> indicatorValues,
		@Nullable List<@Nullable String> indicatorNotes, @Nullable String done, @Nullable String issues,
		@Nullable String outcome, @Nullable String nextSteps) {

	static ReportForm empty(ReportKind kind, @Nullable String party) {
		return new ReportForm(kind.name(), party == null ? "" : party, "", "", List.of(), List.of(), List.of(),
				List.of(), "", "", "", "");
	}

	static ReportForm of(ReportView r) {
		return new ReportForm(r.kind().name(), "", r.periodFrom() == null ? "" : r.periodFrom().toString(),
				r.periodTo() == null ? "" : r.periodTo().toString(),
				r.milestones().stream().map(m -> m.status() == null ? "" : m.status().name()).toList(),
				r.milestones().stream().map(ReportView.Milestone::note).toList(),
				r.indicators().stream().map(ReportView.Indicator::achieved).toList(),
				r.indicators().stream().map(ReportView.Indicator::note).toList(), r.done(), r.issues(), r.outcome(),
				r.nextSteps());
	}

	public String milestoneStatusAt(int i) {
		return at(milestoneStatuses, i);
	}

	public String milestoneNoteAt(int i) {
		return at(milestoneNotes, i);
	}

	public String indicatorValueAt(int i) {
		return at(indicatorValues, i);
	}

	public String indicatorNoteAt(int i) {
		return at(indicatorNotes, i);
	}

	/** The kind chosen, or {@code null} when it is not one. */
	@Nullable ReportKind kindValue() {
		try {
			return blank(kind) ? null : ReportKind.valueOf(kind.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/**
	 * What the types say: dates that are not dates, a kind or a milestone status not in its list, no party chosen
	 * (when the report is started). Each refusal is rejected on its field.
	 */
	void checkIn(Errors errors, boolean starting, int milestones) {
		if (!blank(periodFrom) && date(periodFrom) == null) {
			errors.rejectValue("periodFrom", "project.date.invalid", new Object[] { label("periodFrom") }, null);
		}
		if (!blank(periodTo) && date(periodTo) == null) {
			errors.rejectValue("periodTo", "project.date.invalid", new Object[] { label("periodTo") }, null);
		}
		if (starting && kindValue() == null) {
			errors.rejectValue("kind", "project.choice.unknown", new Object[] { label("kind") }, null);
		}
		if (starting && blank(party)) {
			errors.rejectValue("party", "report.party.required");
		}
		for (int i = 0; i < milestones; i++) {
			if (!blank(milestoneStatusAt(i)) && status(milestoneStatusAt(i)) == null) {
				errors.rejectValue("milestoneStatuses", "project.choice.unknown",
						new Object[] { label("milestoneStatuses") }, null);
			}
		}
	}

	/** The values as the report's content, for that many lines of the plan; only after {@link #checkIn}. */
	ReportContent toContent(int milestones, int indicators, ReportKind kind) {
		List<ReportContent.MilestoneEntry> m = new ArrayList<>();
		for (int i = 0; i < milestones; i++) {
			m.add(new ReportContent.MilestoneEntry(status(milestoneStatusAt(i)), milestoneNoteAt(i).strip()));
		}
		List<ReportContent.IndicatorEntry> n = new ArrayList<>();
		for (int i = 0; i < indicators; i++) {
			n.add(new ReportContent.IndicatorEntry(indicatorValueAt(i).strip(), indicatorNoteAt(i).strip()));
		}
		boolean isFinal = kind == ReportKind.FINAL;
		return new ReportContent(date(periodFrom), date(periodTo), m, n, text(done), text(issues),
				isFinal ? text(outcome) : "", isFinal ? text(nextSteps) : "");
	}

	private static @Nullable MilestoneStatus status(String name) {
		try {
			return blank(name) ? null : MilestoneStatus.valueOf(name.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static String at(@Nullable List<@Nullable String> list, int i) {
		String value = list == null || i >= list.size() ? null : list.get(i);
		return value == null ? "" : value;
	}

	private static DefaultMessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable("reportForm." + field);
	}
}
