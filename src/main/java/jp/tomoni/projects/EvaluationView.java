package jp.tomoni.projects;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A project's evaluation (PDS cycle) as pages see it: each party with its self- and mutual evaluation, the
 * committee's third-party evaluation, and whether it is published.
 *
 * @param canRecordCommittee whether the person reading may record the committee's evaluation
 * @param canPublish whether the person reading may publish it (staff, once complete and not yet published)
 */
public record EvaluationView(long projectId, List<Party> parties, @Nullable Committee committee,
		@Nullable Instant publishedAt, boolean canRecordCommittee, boolean canPublish) {

	public boolean published() {
		return publishedAt != null;
	}

	/** Whether every party and the committee have recorded their evaluation. */
	public boolean complete() {
		return committee != null && parties.stream().allMatch(p -> p.evaluation() != null);
	}

	/** A party of the project: a partner (by its key) or the city; {@code editable} for the person reading. */
	public record Party(int index, String key, String name, boolean editable, @Nullable PartyEvaluation evaluation) {
	}

	/** A party's self-evaluation and its ratings of the partnership per principle. */
	public record PartyEvaluation(String achievements, SelfRating rating, String comments,
			List<PrincipleRating> principles, Instant recordedAt) {
	}

	/** A rating of the partnership against a principle. */
	public record PrincipleRating(CollaborationPrincipleView principle, int rating, String comment) {

		public String name(Locale locale) {
			return principle.name(locale);
		}
	}

	/** The committee's third-party evaluation. */
	public record Committee(String assessment, String residentsOpinions, EvaluationConclusion conclusion,
			String reasons) {
	}
}
