package jp.tomoni.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A group's administrator asks for a prior consultation: for which group, about what, and when they could come. */
record ConsultationRequestForm(@NotNull @Nullable Long groupId, @NotBlank @Size(max = 1000) @Nullable String topic,
		@NotBlank @Size(max = 500) @Nullable String preferredDates) {

	static ConsultationRequestForm empty() {
		return new ConsultationRequestForm(null, "", "");
	}
}
