package jp.tomoni.groups;

import jp.tomoni.shared.RuleViolation;

/** A rule of the group directory refused a request (see {@link RuleViolation}). */
public class GroupRuleViolation extends RuleViolation {

	public GroupRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
