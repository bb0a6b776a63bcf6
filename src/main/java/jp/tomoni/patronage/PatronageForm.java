package jp.tomoni.patronage;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The application form of a group's administrator. */
record PatronageForm(@NotNull @Nullable Long groupId, @NotNull @Nullable Long eventId,
		@NotNull @Nullable PatronageKind kind, @NotBlank @Nullable String departmentCode,
		@NotBlank @Size(max = 2000) @Nullable String purpose,
		@Min(1) @Max(1_000_000) @Nullable Integer expectedParticipants, @Nullable Set<String> conditionsConfirmed) {

	static PatronageForm empty() {
		return new PatronageForm(null, null, PatronageKind.PATRONAGE, null, null, null, new LinkedHashSet<>());
	}

	Set<String> confirmed() {
		return conditionsConfirmed == null ? Set.of() : conditionsConfirmed;
	}

	/** Only called once validation passed, so the required values are there. */
	PatronageCommand toCommand() {
		return new PatronageCommand(groupId == null ? 0 : groupId, eventId == null ? 0 : eventId,
				kind == null ? PatronageKind.PATRONAGE : kind, departmentCode == null ? "" : departmentCode,
				purpose == null ? "" : purpose, expectedParticipants, confirmed());
	}
}
