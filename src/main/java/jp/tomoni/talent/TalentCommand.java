package jp.tomoni.talent;

import java.time.DayOfWeek;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What a person registers in the talent bank, already checked for form (lengths, required values). */
record TalentCommand(String displayName, Set<String> skillCodes, @Nullable String skillsText,
		@Nullable String qualifications, Set<String> fieldCodes, Set<String> areaCodes, Set<TalentMode> modes,
		Set<DayOfWeek> days, @Nullable String availabilityNote, TalentFee fee, @Nullable String introduction,
		TalentVisibility visibility) {

	TalentCommand {
		skillCodes = Set.copyOf(skillCodes);
		fieldCodes = Set.copyOf(fieldCodes);
		areaCodes = Set.copyOf(areaCodes);
		modes = Set.copyOf(modes);
		days = Set.copyOf(days);
	}
}
