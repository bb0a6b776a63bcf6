package jp.tomoni.projects;

import java.time.LocalDate;
import java.util.List;

/** What the public project page shows of the latest agreement: the date of conclusion, the period, the parties. */
public record AgreementSummary(LocalDate concludedOn, LocalDate periodStart, LocalDate periodEnd,
		List<String> parties) {
}
