package jp.tomoni.projects;

import jp.tomoni.shared.RuleViolation;

/** A rule of the register refused a project: the field of the form and the message code. */
public class ProjectRuleViolation extends RuleViolation {

	ProjectRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
