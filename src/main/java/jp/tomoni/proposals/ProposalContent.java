package jp.tomoni.proposals;

import java.util.List;

import jp.tomoni.proposals.ProposalLines.Answer;
import jp.tomoni.proposals.ProposalLines.BudgetLine;
import jp.tomoni.proposals.ProposalLines.Indicator;
import jp.tomoni.proposals.ProposalLines.Partner;
import jp.tomoni.proposals.ProposalLines.ScheduleLine;
import org.jspecify.annotations.Nullable;

/** What a proposal says, as the group's administrator typed it (blank rows left out). */
record ProposalContent(@Nullable String title, @Nullable String problem, @Nullable String plan,
		@Nullable String groupRole, @Nullable String cityRole, @Nullable String expectedEffects,
		List<Partner> partners, List<ScheduleLine> schedule, List<BudgetLine> budget, List<Indicator> indicators,
		List<Answer> answers, boolean notPolitical, boolean notReligious, boolean notElectoral) {

	ProposalContent {
		partners = List.copyOf(partners);
		schedule = List.copyOf(schedule);
		budget = List.copyOf(budget);
		indicators = List.copyOf(indicators);
		answers = List.copyOf(answers);
	}
}
