package jp.tomoni.projects;

import java.util.List;

/** A report refused for several reasons at once, each with its field, so the form can show them all. */
class ReportIncomplete extends ProjectRuleViolation {

	private final transient List<ProjectRuleViolation> problems;

	ReportIncomplete(List<ProjectRuleViolation> problems) {
		super(problems.getFirst().field(), problems.getFirst().code(), problems.getFirst().arguments());
		this.problems = List.copyOf(problems);
	}

	List<ProjectRuleViolation> problems() {
		return problems;
	}
}
