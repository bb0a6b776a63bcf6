package jp.tomoni.projects;

import java.time.LocalDate;
import java.util.List;

/**
 * The terms of an agreement as staff drafted them, checked by {@link Agreements}.
 *
 * @param parties each party with its roles and responsibilities: one per partner, and the city's when it takes part
 */
record AgreementTerms(String purpose, List<Party> parties, String costSplit, LocalDate periodStart,
		LocalDate periodEnd, String personalInformation, String reportsDue, String termination, LocalDate concludedOn) {

	AgreementTerms {
		parties = List.copyOf(parties);
	}

	/** A party and its roles and responsibilities. */
	record Party(String name, String duties) {
	}
}
