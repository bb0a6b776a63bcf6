package jp.tomoni.localissues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A group's proposed solution, as its administrator types it. */
record ProposalForm(@NotNull @Nullable Long groupId, @NotBlank @Size(max = 4000) @Nullable String summary) {

	static ProposalForm empty() {
		return new ProposalForm(null, "");
	}
}
