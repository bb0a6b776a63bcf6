package jp.tomoni.proposals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What staff write on a call, once the form has turned text into dates and numbers. */
record CallDetails(CallKind kind, String title, @Nullable String departmentCode, @Nullable String theme,
		@Nullable String problem, @Nullable Long budgetCeiling, LocalDate consultationFrom, LocalDate consultationTo,
		Instant submissionDeadline, LocalDate reviewFrom, LocalDate reviewTo, LocalDate decisionDate,
		String eligibility, List<CallCriterion> criteria, List<String> suitability, Set<Long> reviewers) {

	CallDetails {
		criteria = List.copyOf(criteria);
		suitability = List.copyOf(suitability);
		reviewers = Set.copyOf(reviewers);
	}
}
