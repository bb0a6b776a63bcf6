package jp.tomoni.projects;

import static jp.tomoni.shared.FormValues.blank;
import static jp.tomoni.shared.FormValues.date;
import static jp.tomoni.shared.FormValues.orNull;
import static jp.tomoni.shared.FormValues.padded;
import static jp.tomoni.shared.FormValues.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The staff's form of a project, as typed: every value is text, so that a wrong date or a tampered choice comes back
 * with the rest of what was entered ({@link #checkIn}). Partners are up to {@link #PARTNER_LINES} lines of a kind,
 * a group of the directory or an outside party's name, a role and the reason it was chosen; blank lines are ignored.
 */
record ProjectForm(@NotBlank @Size(max = 200) @Nullable String title,
		@NotBlank @Size(max = 4000) @Nullable String summary, @NotBlank @Nullable String formCode,
		@Nullable String zone, @NotBlank @Nullable String cityTakesPart, @Nullable String departmentCode,
		@NotEmpty @Nullable Set<String> fieldCodes, @Nullable String areaCode, @NotBlank @Nullable String startDate,
		@Nullable String endDate, @NotBlank @Nullable String status, @Nullable List<@Nullable String> partnerKinds,
		@Nullable List<@Nullable String> partnerGroupIds, @Nullable List<@Nullable String> partnerNames,
		@Nullable List<@Nullable String> partnerRoles, @Nullable List<@Nullable String> partnerReasons,
		@Nullable List<@Nullable String> milestonePeriods, @Nullable List<@Nullable String> milestoneActivities,
		@Nullable List<@Nullable String> indicatorWhats, @Nullable List<@Nullable String> indicatorTargets) {

	static final int PARTNER_LINES = 5;

	/** The empty rows of the plan a form shows at least; there are always two more than the lines filled. */
	static final int PLAN_LINES = 5;

	static ProjectForm empty(LocalDate today) {
		return new ProjectForm("", "", "", "", "true", "", Set.of(), "", today.toString(), "",
				ProjectStatus.PLANNED.name(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of());
	}

	static ProjectForm of(ProjectView p) {
		return new ProjectForm(p.title(), p.summary(), p.form().code(), p.zone().name(),
				Boolean.toString(p.cityTakesPart()), p.department() == null ? "" : p.department().code(),
				Set.copyOf(p.fieldCodes()), p.areaCode() == null ? "" : p.areaCode(), p.startDate().toString(),
				p.endDate() == null ? "" : p.endDate().toString(), p.status().name(),
				p.partners().stream().map(x -> x.kind().name()).toList(),
				p.partners().stream().map(x -> x.groupId() == null ? "" : x.groupId().toString()).toList(),
				p.partners().stream().map(x -> x.groupId() == null ? x.name() : "").toList(),
				p.partners().stream().map(ProjectPartner::role).toList(),
				p.partners().stream().map(x -> x.reason() == null ? "" : x.reason()).toList(),
				p.milestones().stream().map(ProjectMilestone::period).toList(),
				p.milestones().stream().map(ProjectMilestone::activity).toList(),
				p.indicators().stream().map(ProjectIndicator::what).toList(),
				p.indicators().stream().map(ProjectIndicator::target).toList());
	}

	/** The rows of the plan's schedule the page shows: every line filled, and room for more. */
	public int milestoneRows() {
		return rows(milestonePeriods, milestoneActivities);
	}

	public int indicatorRows() {
		return rows(indicatorWhats, indicatorTargets);
	}

	public List<@Nullable String> milestonePeriodLines() {
		return padded(milestonePeriods, milestoneRows());
	}

	public List<@Nullable String> milestoneActivityLines() {
		return padded(milestoneActivities, milestoneRows());
	}

	public List<@Nullable String> indicatorWhatLines() {
		return padded(indicatorWhats, indicatorRows());
	}

	public List<@Nullable String> indicatorTargetLines() {
		return padded(indicatorTargets, indicatorRows());
	}

	private static int rows(@Nullable List<@Nullable String> a, @Nullable List<@Nullable String> b) {
		return Math.max(PLAN_LINES, Math.max(lastFilled(a), lastFilled(b)) + 2);
	}

	/** The number of the last line that is not blank (0 when none). */
	private static int lastFilled(@Nullable List<@Nullable String> lines) {
		if (lines == null) {
			return 0;
		}
		for (int i = lines.size(); i > 0; i--) {
			if (!blank(lines.get(i - 1))) {
				return i;
			}
		}
		return 0;
	}

	public List<@Nullable String> partnerKindLines() {
		return padded(partnerKinds, PARTNER_LINES);
	}

	public List<@Nullable String> partnerGroupIdLines() {
		return padded(partnerGroupIds, PARTNER_LINES);
	}

	public List<@Nullable String> partnerNameLines() {
		return padded(partnerNames, PARTNER_LINES);
	}

	public List<@Nullable String> partnerRoleLines() {
		return padded(partnerRoles, PARTNER_LINES);
	}

	public List<@Nullable String> partnerReasonLines() {
		return padded(partnerReasons, PARTNER_LINES);
	}

	/**
	 * What bean validation cannot say: dates that are not dates, choices not in their lists, partner lines that are
	 * incomplete (numbered from 1). Each refusal is rejected on its field.
	 */
	void checkIn(Errors errors) {
		if (!blank(startDate) && date(startDate) == null) {
			errors.rejectValue("startDate", "project.date.invalid", new Object[] { label("startDate") }, null);
		}
		if (!blank(endDate) && date(endDate) == null) {
			errors.rejectValue("endDate", "project.date.invalid", new Object[] { label("endDate") }, null);
		}
		if (!blank(zone) && Zone.of(zone) == null) {
			errors.rejectValue("zone", "project.choice.unknown", new Object[] { label("zone") }, null);
		}
		if (!blank(status) && status(status) == null) {
			errors.rejectValue("status", "project.choice.unknown", new Object[] { label("status") }, null);
		}
		if (!blank(cityTakesPart) && !"true".equals(cityTakesPart) && !"false".equals(cityTakesPart)) {
			errors.rejectValue("cityTakesPart", "project.choice.unknown", new Object[] { label("cityTakesPart") }, null);
		}
		boolean any = false;
		for (int i = 0; i < PARTNER_LINES; i++) {
			Object[] line = { i + 1 };
			if (blankLine(i)) {
				continue;
			}
			any = true;
			PartnerKind kind = kind(partnerKindLines().get(i));
			if (kind == null) {
				errors.rejectValue("partnerKinds", "project.partner.kind.required", line, null);
				continue;
			}
			if (kind == PartnerKind.GROUP) {
				if (groupId(partnerGroupIdLines().get(i)) == null) {
					errors.rejectValue("partnerGroupIds", "project.partner.group.required", line, null);
				}
			}
			else {
				if (!blank(partnerGroupIdLines().get(i))) {
					errors.rejectValue("partnerGroupIds", "project.partner.groupAndName", line, null);
				}
				if (blank(partnerNameLines().get(i))) {
					errors.rejectValue("partnerNames", "project.partner.name.required", line, null);
				}
				else if (partnerNameLines().get(i).strip().length() > 200) {
					errors.rejectValue("partnerNames", "project.partner.name.tooLong", new Object[] { i + 1, 200 }, null);
				}
			}
			if (blank(partnerRoleLines().get(i))) {
				errors.rejectValue("partnerRoles", "project.partner.role.required", line, null);
			}
			else if (partnerRoleLines().get(i).strip().length() > 500) {
				errors.rejectValue("partnerRoles", "project.partner.role.tooLong", new Object[] { i + 1, 500 }, null);
			}
			if (kind.reasonRequired() && blank(partnerReasonLines().get(i))) {
				errors.rejectValue("partnerReasons", "project.partner.reason.required", line, null);
			}
			else if (!blank(partnerReasonLines().get(i)) && partnerReasonLines().get(i).strip().length() > 1000) {
				errors.rejectValue("partnerReasons", "project.partner.reason.tooLong", new Object[] { i + 1, 1000 },
						null);
			}
		}
		if (!any) {
			errors.rejectValue("partnerRoles", "project.partners.required");
		}
		for (int i = 0; i < milestoneRows(); i++) {
			boolean noPeriod = blank(milestonePeriodLines().get(i));
			boolean noActivity = blank(milestoneActivityLines().get(i));
			if (noPeriod != noActivity) {
				errors.rejectValue("milestonePeriods", "project.milestone.incomplete", new Object[] { i + 1 }, null);
			}
		}
		for (int i = 0; i < indicatorRows(); i++) {
			if (blank(indicatorWhatLines().get(i)) != blank(indicatorTargetLines().get(i))) {
				errors.rejectValue("indicatorWhats", "project.indicator.incomplete", new Object[] { i + 1 }, null);
			}
		}
	}

	/** The values as a command; only after {@link #checkIn} found nothing to refuse. */
	ProjectCommand toCommand() {
		List<ProjectPartner> partners = new ArrayList<>();
		for (int i = 0; i < PARTNER_LINES; i++) {
			if (blankLine(i)) {
				continue;
			}
			PartnerKind kind = kind(partnerKindLines().get(i));
			partners.add(new ProjectPartner(kind == PartnerKind.GROUP ? groupId(partnerGroupIdLines().get(i)) : null,
					kind == PartnerKind.GROUP ? "" : text(partnerNameLines().get(i)), kind,
					text(partnerRoleLines().get(i)), orNull(partnerReasonLines().get(i))));
		}
		return new ProjectCommand(text(title), text(summary), text(formCode), Zone.of(zone),
				"true".equals(cityTakesPart), orNull(departmentCode), fieldCodes == null ? Set.of() : fieldCodes,
				orNull(areaCode), date(startDate), date(endDate), ProjectOrigin.DIRECT, null, status(status), partners,
				milestones(), indicators());
	}

	private List<ProjectMilestone> milestones() {
		List<ProjectMilestone> lines = new ArrayList<>();
		for (int i = 0; i < milestoneRows(); i++) {
			if (!blank(milestonePeriodLines().get(i)) || !blank(milestoneActivityLines().get(i))) {
				lines.add(new ProjectMilestone(text(milestonePeriodLines().get(i)), text(milestoneActivityLines().get(i))));
			}
		}
		return lines;
	}

	private List<ProjectIndicator> indicators() {
		List<ProjectIndicator> lines = new ArrayList<>();
		for (int i = 0; i < indicatorRows(); i++) {
			if (!blank(indicatorWhatLines().get(i)) || !blank(indicatorTargetLines().get(i))) {
				lines.add(new ProjectIndicator(text(indicatorWhatLines().get(i)), text(indicatorTargetLines().get(i))));
			}
		}
		return lines;
	}

	private boolean blankLine(int i) {
		return blank(partnerKindLines().get(i)) && blank(partnerGroupIdLines().get(i))
				&& blank(partnerNameLines().get(i)) && blank(partnerRoleLines().get(i))
				&& blank(partnerReasonLines().get(i));
	}

	private static DefaultMessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable("projectForm." + field);
	}

	private static @Nullable PartnerKind kind(@Nullable String name) {
		if (blank(name)) {
			return null;
		}
		try {
			return PartnerKind.valueOf(name.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static @Nullable ProjectStatus status(@Nullable String name) {
		if (blank(name)) {
			return null;
		}
		try {
			return ProjectStatus.valueOf(name.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	private static @Nullable Long groupId(@Nullable String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
