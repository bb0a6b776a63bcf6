package jp.tomoni.proposals;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;
import jp.tomoni.shared.FiscalYear;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * City staff decide a proposal under review: the outcome, the reasons (always), the conditions of an adoption with
 * conditions, and for an adoption the project it registers — the form of collaboration, the NPO fields, the
 * department in charge and the period.
 */
record DecisionForm(@Nullable String outcome, @Size(max = 4000) @Nullable String reason,
		@Size(max = 4000) @Nullable String conditions, @Nullable String formCode, @Nullable List<String> fieldCodes,
		@Nullable String departmentCode, @Nullable String startDate, @Nullable String endDate) {

	/**
	 * The defaults: the call's department, and the 年度 after the decision date (proposals adopted in one year are
	 * carried out in the next).
	 */
	static DecisionForm fresh(ProposalCall call, @Nullable String firstForm) {
		FiscalYear next = FiscalYear.of(call.decisionDate()).next();
		return new DecisionForm(null, "", "", firstForm, List.of(), call.departmentCode(), next.firstDay().toString(),
				next.lastDay().toString());
	}

	/** The fields typed wrongly, rejected on the form; nothing is decided then. */
	void checkIn(Errors errors) {
		if (outcome == null || outcome.isBlank()) {
			errors.rejectValue("outcome", "proposal.decision.outcome");
		}
		for (String field : List.of("startDate", "endDate")) {
			String value = "startDate".equals(field) ? startDate : endDate;
			if (adopted() && (CallForm.blank(value) || CallForm.date(value) == null)) {
				errors.rejectValue(field, "proposalCall.date.invalid",
						new Object[] { new DefaultMessageSourceResolvable("proposalDecision." + field) }, null);
			}
		}
	}

	boolean adopted() {
		return "ADOPTED".equals(outcome) || "ADOPTED_WITH_CONDITIONS".equals(outcome);
	}

	ProposalStatus status() {
		try {
			return ProposalStatus.valueOf(outcome == null ? "" : outcome);
		}
		catch (IllegalArgumentException unknown) {
			throw new ProposalRuleViolation("outcome", "proposal.decision.outcome");
		}
	}

	List<String> fields() {
		return fieldCodes == null ? List.of() : fieldCodes;
	}

	@Nullable LocalDate start() {
		return CallForm.date(startDate);
	}

	@Nullable LocalDate end() {
		return CallForm.date(endDate);
	}
}
