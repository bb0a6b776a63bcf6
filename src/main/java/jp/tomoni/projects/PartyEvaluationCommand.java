package jp.tomoni.projects;

import java.util.List;

/** A party's evaluation as checked by its form: the ratings follow the principles in force, in their order. */
record PartyEvaluationCommand(String achievements, SelfRating rating, String comments, List<Rating> ratings) {

	PartyEvaluationCommand {
		ratings = List.copyOf(ratings);
	}

	record Rating(String principleCode, int rating, String comment) {
	}
}
