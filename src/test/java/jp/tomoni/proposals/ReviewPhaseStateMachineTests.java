package jp.tomoni.proposals;

import static jp.tomoni.proposals.ProposalStateMachineTests.ADMIN;
import static jp.tomoni.proposals.ProposalStateMachineTests.AFTER;
import static jp.tomoni.proposals.ProposalStateMachineTests.CITY_STAFF;
import static jp.tomoni.proposals.ProposalStateMachineTests.EVERYONE;
import static jp.tomoni.proposals.ProposalStateMachineTests.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jp.tomoni.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/**
 * The review's phases of a call (decisions 0068, 0071), without Spring: every action — start, close, publish the
 * results, open the residents' opinion period — from every phase, by every role. Allowed only to city staff and
 * administrators from its one phase; anything else is refused and leaves the phase and the period as they were.
 */
class ReviewPhaseStateMachineTests {

	/** Where each action is allowed from. */
	static final Map<String, ReviewPhase> FROM = Map.of("start", ReviewPhase.NOT_STARTED, "close", ReviewPhase.OPEN,
			"publish", ReviewPhase.CLOSED, "opinions", ReviewPhase.OPEN);

	/** Where it leads. */
	static final Map<String, ReviewPhase> TO = Map.of("start", ReviewPhase.OPEN, "close", ReviewPhase.CLOSED,
			"publish", ReviewPhase.PUBLISHED, "opinions", ReviewPhase.OPEN);

	static final Set<Actor> ALLOWED = Set.of(CITY_STAFF, ADMIN);

	/** A closed call brought to the phase. */
	static ProposalCall in(ReviewPhase phase) {
		ProposalCall call = ProposalStateMachineTests.publishedCall();
		if (phase != ReviewPhase.NOT_STARTED) {
			call.startReview(CITY_STAFF, AFTER);
		}
		if (phase == ReviewPhase.CLOSED || phase == ReviewPhase.PUBLISHED) {
			call.closeReview(CITY_STAFF, AFTER);
		}
		if (phase == ReviewPhase.PUBLISHED) {
			call.publishResults(CITY_STAFF, true, AFTER);
		}
		assertThat(call.reviewPhase()).isEqualTo(phase);
		return call;
	}

	static void apply(String action, ProposalCall call, Actor actor) {
		switch (action) {
			case "start" -> call.startReview(actor, AFTER);
			case "close" -> call.closeReview(actor, AFTER);
			case "publish" -> call.publishResults(actor, true, AFTER);
			case "opinions" -> call.openOpinions(actor, TODAY.plusDays(15), AFTER);
			default -> throw new IllegalArgumentException(action);
		}
	}

	@Test
	void everyReviewActionIsAllowedOnlyFromItsPhaseAndToCityStaff() {
		for (String action : FROM.keySet()) {
			for (ReviewPhase phase : ReviewPhase.values()) {
				for (Actor actor : EVERYONE) {
					ProposalCall call = in(phase);
					boolean allowed = FROM.get(action) == phase && ALLOWED.contains(actor);
					String what = action + " from " + phase + " by " + actor.name();
					if (allowed) {
						apply(action, call, actor);
						assertThat(call.reviewPhase()).as(what).isEqualTo(TO.get(action));
					}
					else {
						assertThatThrownBy(() -> apply(action, call, actor)).as(what)
							.isInstanceOf(ProposalRuleViolation.class);
						assertThat(call.reviewPhase()).as(what).isEqualTo(phase);
						assertThat(call.opinionsOpenedAt()).as(what).isNull();
					}
				}
			}
		}
	}

	@Test
	void theOpinionPeriodRunsToADayWithinTheReviewAndEndsWithItOrWithItsLastDay() {
		ProposalCall call = in(ReviewPhase.OPEN);
		LocalDate afterDeadline = LocalDate.ofInstant(AFTER, FiscalYear.JAPAN);
		assertThatThrownBy(() -> call.openOpinions(CITY_STAFF, null, AFTER)).hasMessage("opinion.period.untilRequired");
		assertThatThrownBy(() -> call.openOpinions(CITY_STAFF, afterDeadline.minusDays(1), AFTER))
			.hasMessage("opinion.period.untilPast");
		assertThatThrownBy(() -> call.openOpinions(CITY_STAFF, call.reviewTo().plusDays(1), AFTER))
			.hasMessage("opinion.period.untilAfterReview");
		assertThat(call.proposalsPublic()).isFalse();

		call.openOpinions(CITY_STAFF, afterDeadline.plusDays(2), AFTER);
		assertThat(call.proposalsPublic()).isTrue();
		assertThat(call.opinionsOpen(AFTER)).isTrue();
		Instant lastDayEvening = afterDeadline.plusDays(2).atTime(23, 59).atZone(FiscalYear.JAPAN).toInstant();
		assertThat(call.opinionsOpen(lastDayEvening)).isTrue();
		assertThat(call.opinionsOpen(lastDayEvening.plusSeconds(120))).isFalse();
		// Moved while it runs; not reopened once ended.
		call.openOpinions(ADMIN, afterDeadline.plusDays(4), AFTER);
		assertThat(call.opinionsUntil()).isEqualTo(afterDeadline.plusDays(4));
		Instant later = afterDeadline.plusDays(5).atStartOfDay(FiscalYear.JAPAN).toInstant();
		assertThatThrownBy(() -> call.openOpinions(CITY_STAFF, afterDeadline.plusDays(6), later))
			.hasMessage("opinion.period.ended");
		// Closing the review ends it.
		ProposalCall other = in(ReviewPhase.OPEN);
		other.openOpinions(CITY_STAFF, afterDeadline.plusDays(2), AFTER);
		other.closeReview(CITY_STAFF, AFTER);
		assertThat(other.opinionsOpen(AFTER)).isFalse();
		assertThat(other.proposalsPublic()).isTrue();
	}

	@Test
	void aCallWithoutOpinionsHasPublicProposalsOnlyOnceItsResultsArePublished() {
		assertThat(in(ReviewPhase.CLOSED).proposalsPublic()).isFalse();
		assertThat(in(ReviewPhase.PUBLISHED).proposalsPublic()).isTrue();
	}
}
