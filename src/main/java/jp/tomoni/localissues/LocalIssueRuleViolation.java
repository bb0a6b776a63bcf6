package jp.tomoni.localissues;

import jp.tomoni.shared.RuleViolation;

/** A rule of local issues refused a change: the field and the message code; nothing was changed. */
class LocalIssueRuleViolation extends RuleViolation {

	LocalIssueRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
