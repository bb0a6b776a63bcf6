package jp.tomoni.patronage;

import jp.tomoni.shared.RuleViolation;

/** A rule of patronage applications refused a change: the field and the message code; nothing was changed. */
class PatronageRuleViolation extends RuleViolation {

	PatronageRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
