package jp.tomoni.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What is registered of a collaboration project, checked by {@link Projects}.
 *
 * @param formCode a form of collaboration ({@link CollaborationVocabulary#forms()})
 * @param zone the zone on the five-zone spectrum; {@code null} for the form's default zone
 * @param cityTakesPart whether the city is a party (Sagamihara's indicator counts only these)
 * @param departmentCode the department in charge: required when the city takes part, none otherwise
 * @param fieldCodes the NPO fields of activity (shared.ActivityField), at least one
 * @param areaCode an area of the areas module, or {@code null} for the whole municipality
 * @param endDate the last day, or {@code null} while it has none (an adopt agreement renewed each year)
 * @param proposalId the adopted proposal, for {@link ProjectOrigin#PROPOSAL}
 * @param partners at least one
 * @param milestones the plan's schedule, in order (may be empty)
 * @param indicators the plan's indicators with their targets (may be empty)
 */
public record ProjectCommand(String title, String summary, String formCode, @Nullable Zone zone, boolean cityTakesPart,
		@Nullable String departmentCode, Set<String> fieldCodes, @Nullable String areaCode, LocalDate startDate,
		@Nullable LocalDate endDate, ProjectOrigin origin, @Nullable Long proposalId, ProjectStatus status,
		List<ProjectPartner> partners, List<ProjectMilestone> milestones, List<ProjectIndicator> indicators) {

	public ProjectCommand {
		fieldCodes = Set.copyOf(fieldCodes);
		partners = List.copyOf(partners);
		milestones = List.copyOf(milestones);
		indicators = List.copyOf(indicators);
	}

	/** A project without a plan (registered before plans were kept, or whose plan staff add later). */
	public ProjectCommand(String title, String summary, String formCode, @Nullable Zone zone, boolean cityTakesPart,
			@Nullable String departmentCode, Set<String> fieldCodes, @Nullable String areaCode, LocalDate startDate,
			@Nullable LocalDate endDate, ProjectOrigin origin, @Nullable Long proposalId, ProjectStatus status,
			List<ProjectPartner> partners) {
		this(title, summary, formCode, zone, cityTakesPart, departmentCode, fieldCodes, areaCode, startDate, endDate,
				origin, proposalId, status, partners, List.of(), List.of());
	}
}
