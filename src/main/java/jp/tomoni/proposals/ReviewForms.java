package jp.tomoni.proposals;

import java.util.List;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The forms of a reviewer's page: the declaration of a conflict of interest, and the scores. */
final class ReviewForms {

	private ReviewForms() {
	}

	/** 利害関係の申告: whether there is a conflict, and what it is. */
	record DeclarationForm(@Nullable Boolean conflict, @Size(max = 1000) @Nullable String conflictNote) {

		static DeclarationForm empty() {
			return new DeclarationForm(null, "");
		}
	}

	/** 採点: a score per criterion, in the call's order, and a comment. */
	record ScoreForm(@Nullable List<@Nullable Integer> scores, @Size(max = 2000) @Nullable String comment) {

		static ScoreForm of(Reviews.MyReview review) {
			return new ScoreForm(review.scores().stream().map(Reviews.CriterionScore::score).toList(),
					review.comment() == null ? "" : review.comment());
		}

		List<@Nullable Integer> given() {
			return scores == null ? List.of() : scores;
		}
	}
}
