package jp.tomoni.talent;

import jp.tomoni.shared.RuleViolation;

/** A talent-bank rule refused the input: the field and the message key of the reason. */
class TalentRuleViolation extends RuleViolation {

	TalentRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
