package jp.tomoni.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/** The committee's third-party evaluation as typed. */
record CommitteeEvaluationForm(@NotBlank @Size(max = 4000) @Nullable String assessment,
		@NotBlank @Size(max = 4000) @Nullable String residentsOpinions, @NotBlank @Nullable String conclusion,
		@NotBlank @Size(max = 4000) @Nullable String reasons) {

	static CommitteeEvaluationForm empty() {
		return new CommitteeEvaluationForm("", "", "", "");
	}

	static CommitteeEvaluationForm of(EvaluationView.Committee c) {
		return new CommitteeEvaluationForm(c.assessment(), c.residentsOpinions(), c.conclusion().name(), c.reasons());
	}

	void checkIn(Errors errors) {
		if (conclusion != null && !conclusion.isBlank() && conclusionValue() == null) {
			errors.rejectValue("conclusion", "project.choice.unknown",
					new Object[] { new DefaultMessageSourceResolvable("committeeEvaluationForm.conclusion") }, null);
		}
	}

	@Nullable EvaluationConclusion conclusionValue() {
		try {
			return conclusion == null ? null : EvaluationConclusion.valueOf(conclusion.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
