package jp.tomoni.patronage;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The staff's decision: approve or refuse, with reasons (required to refuse; the service checks that). */
record DecisionForm(@NotNull @Nullable Boolean approve, @Size(max = 2000) @Nullable String reasons) {

	static DecisionForm empty() {
		return new DecisionForm(null, null);
	}
}
