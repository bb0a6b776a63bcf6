package jp.tomoni.patronage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The state machine of an application: only an undecided one moves, and only to a decision or a withdrawal. */
class PatronageStatusTests {

	@Test
	void onlyASubmittedApplicationMoves() {
		for (PatronageStatus from : PatronageStatus.values()) {
			for (PatronageStatus to : PatronageStatus.values()) {
				boolean allowed = from == PatronageStatus.SUBMITTED
						&& EnumSet.of(PatronageStatus.APPROVED, PatronageStatus.REFUSED, PatronageStatus.WITHDRAWN)
							.contains(to);
				assertThat(from.mayBecome(to)).as(from + " → " + to).isEqualTo(allowed);
			}
		}
	}
}
