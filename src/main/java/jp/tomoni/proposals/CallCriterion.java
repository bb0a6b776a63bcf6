package jp.tomoni.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A review criterion as a call publishes it: copied from the master list (or typed), with this call's weight, so that
 * a later change of the list leaves published calls as they were.
 */
@Embeddable
record CallCriterion(@Column(name = "criterion_code", length = 40) @Nullable String code,
		@Column(name = "name", nullable = false, length = 100) String name,
		@Column(name = "description", length = 1000) @Nullable String description,
		@Column(name = "weight", nullable = false) int weight) {
}
