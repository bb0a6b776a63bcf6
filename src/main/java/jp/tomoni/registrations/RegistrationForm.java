package jp.tomoni.registrations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The registration form: how many people, and a note (連絡事項・配慮が必要なこと). */
record RegistrationForm(@NotNull @Min(1) @Max(RegistrationRules.MAX_PEOPLE) @Nullable Integer people,
		@Size(max = RegistrationRules.MAX_NOTE) @Nullable String note) {

	static RegistrationForm empty() {
		return new RegistrationForm(1, "");
	}

	RegistrationCommand toCommand() {
		return new RegistrationCommand(people == null ? 0 : people, note);
	}
}
