package jp.tomoni.talent;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The talent-bank form as typed: choices come back as text, so that a tampered value is refused on its field with the
 * rest of what was entered kept. Registering needs the explicit consent box ({@link #consent}).
 */
record TalentForm(@NotBlank @Size(max = 100) @Nullable String displayName, @Nullable Set<String> skillCodes,
		@Size(max = 1000) @Nullable String skillsText, @Size(max = 1000) @Nullable String qualifications,
		@Nullable Set<String> fieldCodes, @Nullable Set<String> areaCodes, @NotEmpty @Nullable Set<String> modes,
		@Nullable Set<String> days, @Size(max = 200) @Nullable String availabilityNote, @NotBlank @Nullable String fee,
		@Size(max = 2000) @Nullable String introduction, @NotBlank @Nullable String visibility,
		@Nullable Boolean consent) {

	static TalentForm empty(String displayName) {
		return new TalentForm(displayName, Set.of(), "", "", Set.of(), Set.of(), Set.of(), Set.of(), "",
				TalentFee.FREE.name(), "", TalentVisibility.MATCHING.name(), false);
	}

	static TalentForm of(TalentCommand c) {
		return new TalentForm(c.displayName(), c.skillCodes(), c.skillsText(), c.qualifications(), c.fieldCodes(),
				c.areaCodes(), c.modes().stream().map(Enum::name).collect(Collectors.toSet()),
				c.days().stream().map(Enum::name).collect(Collectors.toSet()), c.availabilityNote(), c.fee().name(),
				c.introduction(), c.visibility().name(), false);
	}

	/** Whether a choice was ticked (for the form's check boxes). */
	public boolean has(@Nullable Set<String> chosen, String code) {
		return chosen != null && chosen.contains(code);
	}

	/** A missing consent, and choices that are not in their list, each refused on its field. */
	void checkIn(Errors errors) {
		if (!Boolean.TRUE.equals(consent)) {
			errors.rejectValue("consent", "talent.consent.required");
		}
		if (fee != null && !fee.isBlank() && value(TalentFee.class, fee) == null) {
			errors.rejectValue("fee", "talent.choice.unknown");
		}
		if (visibility != null && !visibility.isBlank() && value(TalentVisibility.class, visibility) == null) {
			errors.rejectValue("visibility", "talent.choice.unknown");
		}
		if (modes != null && modes.stream().anyMatch(m -> value(TalentMode.class, m) == null)) {
			errors.rejectValue("modes", "talent.choice.unknown");
		}
		if (days != null && days.stream().anyMatch(d -> value(DayOfWeek.class, d) == null)) {
			errors.rejectValue("days", "talent.choice.unknown");
		}
	}

	/** The values as stored; only after {@link #checkIn} found nothing to refuse. */
	TalentCommand toCommand() {
		Set<TalentMode> modeSet = EnumSet.noneOf(TalentMode.class);
		if (modes != null) {
			modes.forEach(m -> modeSet.add(TalentMode.valueOf(m)));
		}
		Set<DayOfWeek> daySet = EnumSet.noneOf(DayOfWeek.class);
		if (days != null) {
			days.forEach(d -> daySet.add(DayOfWeek.valueOf(d)));
		}
		return new TalentCommand(trim(displayName), orEmpty(skillCodes), blankToNull(skillsText),
				blankToNull(qualifications), orEmpty(fieldCodes), orEmpty(areaCodes), modeSet, daySet,
				blankToNull(availabilityNote), TalentFee.valueOf(trim(fee)), blankToNull(introduction),
				TalentVisibility.valueOf(trim(visibility)));
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, String name) {
		try {
			return Enum.valueOf(type, name.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Set<String> orEmpty(@Nullable Set<String> codes) {
		return codes == null ? Set.of()
				: codes.stream().filter(c -> c != null && !c.isBlank()).collect(Collectors.toSet());
	}

	private static String trim(@Nullable String value) {
		return value == null ? "" : value.trim();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
