package jp.tomoni.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.constraints.Size;
import jp.tomoni.proposals.ProposalLines.Answer;
import jp.tomoni.proposals.ProposalLines.BudgetLine;
import jp.tomoni.proposals.ProposalLines.Indicator;
import jp.tomoni.proposals.ProposalLines.Partner;
import jp.tomoni.proposals.ProposalLines.ScheduleLine;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as its group's administrator types it. A draft keeps anything within the sizes; rows are parallel lists
 * (a row left wholly blank is dropped); answers follow the call's checklist in order ("yes", "no" or blank).
 */
record ProposalForm(@Size(max = 200) @Nullable String title, @Size(max = 4000) @Nullable String problem,
		@Size(max = 8000) @Nullable String plan, @Size(max = 2000) @Nullable String groupRole,
		@Size(max = 2000) @Nullable String cityRole, @Size(max = 4000) @Nullable String expectedEffects,
		@Nullable List<@Nullable String> partnerGroupId, @Nullable List<@Nullable @Size(max = 2000) String> partnerRole,
		@Nullable List<@Nullable @Size(max = 100) String> schedulePeriod,
		@Nullable List<@Nullable @Size(max = 1000) String> scheduleActivity,
		@Nullable List<@Nullable @Size(max = 200) String> budgetItem,
		@Nullable List<@Nullable @Size(max = 30) String> budgetAmount,
		@Nullable List<@Nullable @Size(max = 30) String> budgetProposerShare,
		@Nullable List<@Nullable @Size(max = 30) String> budgetCityShare,
		@Nullable List<@Nullable @Size(max = 500) String> indicatorWhat,
		@Nullable List<@Nullable @Size(max = 200) String> indicatorTarget, @Nullable List<@Nullable String> answer,
		@Nullable List<@Nullable @Size(max = 2000) String> explanation, @Nullable Boolean notPolitical,
		@Nullable Boolean notReligious, @Nullable Boolean notElectoral) {

	/** Blank rows offered under each table. */
	static final int SPARE_ROWS = 2;

	/** The form of a saved proposal, its answers in the order of the call's checklist. */
	static ProposalForm of(Proposal proposal, List<String> asked) {
		Map<String, Answer> answers = proposal.answersByItem();
		List<Partner> partners = proposal.partners();
		List<ScheduleLine> schedule = proposal.schedule();
		List<BudgetLine> budget = proposal.budget();
		List<Indicator> indicators = proposal.indicators();
		return new ProposalForm(proposal.title(), proposal.problem(), proposal.plan(), proposal.groupRole(),
				proposal.cityRole(), proposal.expectedEffects(), map(partners, p -> Long.toString(p.groupId())),
				map(partners, Partner::role), map(schedule, ScheduleLine::period), map(schedule, ScheduleLine::activity),
				map(budget, BudgetLine::item), map(budget, BudgetLine::amount), map(budget, BudgetLine::proposerShare),
				map(budget, BudgetLine::cityShare), map(indicators, Indicator::what), map(indicators, Indicator::target),
				asked.stream().map(code -> {
					Answer a = answers.get(code);
					return a == null || a.answer() == null ? "" : a.answer() ? "yes" : "no";
				}).toList(), asked.stream().map(code -> {
					Answer a = answers.get(code);
					return a == null ? "" : CallForm.text(a.explanation());
				}).toList(), proposal.notPolitical(), proposal.notReligious(), proposal.notElectoral());
	}

	/**
	 * What the draft keeps. {@code groupNames} resolves a co-proposing group's id to its name (null: not a group that
	 * may co-propose, refused on {@code partnerGroupId}).
	 */
	ProposalContent toContent(List<String> asked, Function<Long, @Nullable String> groupNames) {
		List<Partner> partners = new ArrayList<>();
		for (int i = 0; i < size(partnerGroupId, partnerRole); i++) {
			String id = at(partnerGroupId, i);
			String role = at(partnerRole, i);
			if (id.isEmpty() && role.isEmpty()) {
				continue;
			}
			Long groupId = CallForm.number(id);
			String name = groupId == null ? null : groupNames.apply(groupId);
			if (groupId == null || name == null) {
				throw new ProposalRuleViolation("partnerGroupId", "proposal.partner.unknown", i + 1);
			}
			if (partners.stream().anyMatch(p -> p.groupId() == groupId)) {
				throw new ProposalRuleViolation("partnerGroupId", "proposal.partner.twice", name);
			}
			partners.add(new Partner(groupId, name, nullIfBlank(role)));
		}
		List<ScheduleLine> schedule = new ArrayList<>();
		for (int i = 0; i < size(schedulePeriod, scheduleActivity); i++) {
			if (!at(schedulePeriod, i).isEmpty() || !at(scheduleActivity, i).isEmpty()) {
				schedule.add(new ScheduleLine(nullIfBlank(at(schedulePeriod, i)), nullIfBlank(at(scheduleActivity, i))));
			}
		}
		List<BudgetLine> budget = new ArrayList<>();
		for (int i = 0; i < Math.max(size(budgetItem, budgetAmount), size(budgetProposerShare, budgetCityShare)); i++) {
			String item = at(budgetItem, i);
			String amount = at(budgetAmount, i);
			String proposer = at(budgetProposerShare, i);
			String city = at(budgetCityShare, i);
			if (!(item + amount + proposer + city).isEmpty()) {
				budget.add(new BudgetLine(nullIfBlank(item), nullIfBlank(amount), nullIfBlank(proposer),
						nullIfBlank(city)));
			}
		}
		List<Indicator> indicators = new ArrayList<>();
		for (int i = 0; i < size(indicatorWhat, indicatorTarget); i++) {
			if (!at(indicatorWhat, i).isEmpty() || !at(indicatorTarget, i).isEmpty()) {
				indicators.add(new Indicator(nullIfBlank(at(indicatorWhat, i)), nullIfBlank(at(indicatorTarget, i))));
			}
		}
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < asked.size(); i++) {
			String yesNo = at(answer, i);
			Boolean value = "yes".equals(yesNo) ? Boolean.TRUE : "no".equals(yesNo) ? Boolean.FALSE : null;
			answers.add(new Answer(asked.get(i), value, nullIfBlank(at(explanation, i))));
		}
		return new ProposalContent(nullIfBlank(title), nullIfBlank(problem), nullIfBlank(plan),
				nullIfBlank(groupRole), nullIfBlank(cityRole), nullIfBlank(expectedEffects), partners, schedule, budget,
				indicators, answers, Boolean.TRUE.equals(notPolitical), Boolean.TRUE.equals(notReligious),
				Boolean.TRUE.equals(notElectoral));
	}

	/** Whether an exclusion is declared, by the field's name. */
	public boolean declared(String field) {
		return switch (field) {
			case "notPolitical" -> Boolean.TRUE.equals(notPolitical);
			case "notReligious" -> Boolean.TRUE.equals(notReligious);
			case "notElectoral" -> Boolean.TRUE.equals(notElectoral);
			default -> throw new IllegalArgumentException(field);
		};
	}

	/** Rows shown: those typed and a few blank ones. */
	public int partnerRows() {
		return size(partnerGroupId, partnerRole) + 1;
	}

	public int scheduleRows() {
		return size(schedulePeriod, scheduleActivity) + SPARE_ROWS;
	}

	public int budgetRows() {
		return Math.max(size(budgetItem, budgetAmount), size(budgetProposerShare, budgetCityShare)) + SPARE_ROWS;
	}

	public int indicatorRows() {
		return size(indicatorWhat, indicatorTarget) + SPARE_ROWS;
	}

	/** The value typed in a row of a column, for the form shown again ({@code column}: the field's name). */
	public String at(String column, int i) {
		List<@Nullable String> values = switch (column) {
			case "partnerGroupId" -> partnerGroupId;
			case "partnerRole" -> partnerRole;
			case "schedulePeriod" -> schedulePeriod;
			case "scheduleActivity" -> scheduleActivity;
			case "budgetItem" -> budgetItem;
			case "budgetAmount" -> budgetAmount;
			case "budgetProposerShare" -> budgetProposerShare;
			case "budgetCityShare" -> budgetCityShare;
			case "indicatorWhat" -> indicatorWhat;
			case "indicatorTarget" -> indicatorTarget;
			case "answer" -> answer;
			case "explanation" -> explanation;
			default -> throw new IllegalArgumentException(column);
		};
		return at(values, i);
	}

	private static <T> List<String> map(List<T> lines, Function<T, @Nullable String> column) {
		return lines.stream().map(line -> CallForm.text(column.apply(line))).toList();
	}

	private static int size(@Nullable List<?> a, @Nullable List<?> b) {
		return Math.max(a == null ? 0 : a.size(), b == null ? 0 : b.size());
	}

	private static String at(@Nullable List<@Nullable String> values, int i) {
		return values == null || i >= values.size() ? "" : CallForm.text(values.get(i));
	}

	private static @Nullable String nullIfBlank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
