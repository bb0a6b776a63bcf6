package jp.tomoni.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.tomoni.proposals.ProposalLines.Answer;
import jp.tomoni.proposals.ProposalLines.BudgetLine;
import jp.tomoni.proposals.ProposalLines.Indicator;
import jp.tomoni.proposals.ProposalLines.Partner;
import jp.tomoni.proposals.ProposalLines.ScheduleLine;
import org.jspecify.annotations.Nullable;

/**
 * What submission requires (decision 0066): every text, at least one line of schedule, budget and indicators, each
 * line whole, each budget line's shares making its amount, the city's total within a city-themed call's ceiling,
 * every item of the call's checklist answered with an explanation, and the three exclusions declared. Each problem
 * names its field (or the line) and its rule.
 */
final class ProposalChecks {

	private ProposalChecks() {
	}

	static List<ProposalRuleViolation> problems(Proposal proposal, ProposalCall call) {
		List<ProposalRuleViolation> problems = new ArrayList<>();
		text(problems, proposal.title(), "title");
		text(problems, proposal.problem(), "problem");
		text(problems, proposal.plan(), "plan");
		text(problems, proposal.groupRole(), "groupRole");
		text(problems, proposal.cityRole(), "cityRole");
		for (Partner partner : proposal.partners()) {
			if (blank(partner.role())) {
				problems.add(new ProposalRuleViolation("partners", "proposal.partner.roleRequired", partner.groupName()));
			}
		}
		List<ScheduleLine> schedule = proposal.schedule();
		if (schedule.isEmpty()) {
			problems.add(new ProposalRuleViolation("schedule", "proposal.schedule.required"));
		}
		for (int i = 0; i < schedule.size(); i++) {
			if (blank(schedule.get(i).period()) || blank(schedule.get(i).activity())) {
				problems.add(new ProposalRuleViolation("schedule", "proposal.schedule.line", i + 1));
			}
		}
		budget(problems, proposal.budget(), call);
		text(problems, proposal.expectedEffects(), "expectedEffects");
		List<Indicator> indicators = proposal.indicators();
		if (indicators.isEmpty()) {
			problems.add(new ProposalRuleViolation("indicators", "proposal.indicators.required"));
		}
		for (int i = 0; i < indicators.size(); i++) {
			if (blank(indicators.get(i).what()) || blank(indicators.get(i).target())) {
				problems.add(new ProposalRuleViolation("indicators", "proposal.indicators.line", i + 1));
			}
		}
		Map<String, Answer> answers = proposal.answersByItem();
		List<String> asked = call.suitability();
		for (int i = 0; i < asked.size(); i++) {
			Answer answer = answers.get(asked.get(i));
			if (answer == null || answer.answer() == null) {
				problems.add(new ProposalRuleViolation("answers", "proposal.answer.required", i + 1));
			}
			else if (blank(answer.explanation())) {
				problems.add(new ProposalRuleViolation("answers", "proposal.answer.explanationRequired", i + 1));
			}
		}
		if (!proposal.notPolitical()) {
			problems.add(new ProposalRuleViolation("notPolitical", "proposal.exclusion.notPolitical"));
		}
		if (!proposal.notReligious()) {
			problems.add(new ProposalRuleViolation("notReligious", "proposal.exclusion.notReligious"));
		}
		if (!proposal.notElectoral()) {
			problems.add(new ProposalRuleViolation("notElectoral", "proposal.exclusion.notElectoral"));
		}
		return problems;
	}

	private static void budget(List<ProposalRuleViolation> problems, List<BudgetLine> budget, ProposalCall call) {
		if (budget.isEmpty()) {
			problems.add(new ProposalRuleViolation("budget", "proposal.budget.required"));
			return;
		}
		long cityTotal = 0;
		boolean whole = true;
		for (int i = 0; i < budget.size(); i++) {
			BudgetLine line = budget.get(i);
			int row = i + 1;
			if (blank(line.item())) {
				problems.add(new ProposalRuleViolation("budget", "proposal.budget.itemMissing", row));
			}
			Long amount = yen(line.amount());
			Long proposer = yen(line.proposerShare());
			Long city = yen(line.cityShare());
			if (amount == null || proposer == null || city == null) {
				problems.add(new ProposalRuleViolation("budget", "proposal.budget.number", row));
				whole = false;
				continue;
			}
			if (proposer + city != amount) {
				problems.add(new ProposalRuleViolation("budget", "proposal.budget.shares", row, proposer + city, amount));
			}
			cityTotal += city;
		}
		Long ceiling = call.budgetCeiling();
		if (whole && call.kind() == CallKind.CITY_THEMED && ceiling != null && cityTotal > ceiling) {
			problems.add(new ProposalRuleViolation("budget", "proposal.budget.ceiling", cityTotal, ceiling));
		}
	}

	/** A whole number of yen, not negative, written with or without separators; null when it is not one. */
	static @Nullable Long yen(@Nullable String text) {
		Long value = CallForm.number(text);
		return value == null || value < 0 ? null : value;
	}

	private static void text(List<ProposalRuleViolation> problems, @Nullable String value, String field) {
		if (blank(value)) {
			problems.add(new ProposalRuleViolation(field, "proposal." + field + ".required"));
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
