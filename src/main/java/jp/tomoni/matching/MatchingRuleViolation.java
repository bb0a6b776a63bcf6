package jp.tomoni.matching;

import jp.tomoni.shared.RuleViolation;

/** A rule of needs and offers refused a request: the field and the message key of the reason. */
class MatchingRuleViolation extends RuleViolation {

	MatchingRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
