package jp.tomoni.projects;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A party's evaluation as typed: the self-evaluation, then a rating (1–5) and a comment per principle in force, in
 * the order of {@link Evaluations#principles()}.
 */
record PartyEvaluationForm(@NotBlank @Size(max = 4000) @Nullable String achievements, @NotBlank @Nullable String rating,
		@Size(max = 4000) @Nullable String comments, @Nullable List<@Nullable String> principleRatings,
		@Nullable List<@Nullable String> principleComments) {

	static final int MAX_COMMENT = 2000;

	static PartyEvaluationForm empty() {
		return new PartyEvaluationForm("", "", "", List.of(), List.of());
	}

	static PartyEvaluationForm of(EvaluationView.PartyEvaluation e, List<CollaborationPrincipleView> principles) {
		List<String> ratings = new ArrayList<>();
		List<String> comments = new ArrayList<>();
		for (CollaborationPrincipleView p : principles) {
			EvaluationView.PrincipleRating r = e.principles()
				.stream()
				.filter(x -> x.principle().code().equals(p.code()))
				.findFirst()
				.orElse(null);
			ratings.add(r == null ? "" : Integer.toString(r.rating()));
			comments.add(r == null ? "" : r.comment());
		}
		return new PartyEvaluationForm(e.achievements(), e.rating().name(), e.comments(), ratings, comments);
	}

	public String ratingAt(int i) {
		return at(principleRatings, i);
	}

	public String commentAt(int i) {
		return at(principleComments, i);
	}

	/** What bean validation cannot say: a rating off the scale, a principle not rated (named), a comment too long. */
	void checkIn(Errors errors, List<CollaborationPrincipleView> principles) {
		if (rating != null && !rating.isBlank() && rating(rating) == null) {
			errors.rejectValue("rating", "project.choice.unknown",
					new Object[] { new DefaultMessageSourceResolvable("partyEvaluationForm.rating") }, null);
		}
		for (int i = 0; i < principles.size(); i++) {
			String name = principles.get(i).name();
			if (score(ratingAt(i)) == 0) {
				errors.rejectValue("principleRatings", "evaluation.principle.rating", new Object[] { name }, null);
			}
			if (commentAt(i).strip().length() > MAX_COMMENT) {
				errors.rejectValue("principleRatings", "evaluation.principle.commentTooLong",
						new Object[] { name, MAX_COMMENT }, null);
			}
		}
	}

	PartyEvaluationCommand toCommand(List<CollaborationPrincipleView> principles) {
		List<PartyEvaluationCommand.Rating> ratings = new ArrayList<>();
		for (int i = 0; i < principles.size(); i++) {
			ratings.add(new PartyEvaluationCommand.Rating(principles.get(i).code(), score(ratingAt(i)),
					commentAt(i).strip()));
		}
		SelfRating self = rating(rating);
		if (self == null) {
			throw new IllegalStateException("a rating not checked by checkIn");
		}
		return new PartyEvaluationCommand(text(achievements), self, text(comments), ratings);
	}

	private static @Nullable SelfRating rating(@Nullable String name) {
		try {
			return name == null ? null : SelfRating.valueOf(name.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** 1 to 5, or 0 when not a rating of the scale. */
	private static int score(String text) {
		try {
			int score = Integer.parseInt(text.strip());
			return score >= 1 && score <= 5 ? score : 0;
		}
		catch (NumberFormatException notANumber) {
			return 0;
		}
	}

	private static String at(@Nullable List<@Nullable String> list, int i) {
		String value = list == null || i >= list.size() ? null : list.get(i);
		return value == null ? "" : value;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}
}
