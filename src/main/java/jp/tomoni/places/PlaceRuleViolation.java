package jp.tomoni.places;

import jp.tomoni.shared.RuleViolation;

/** A rule of the register refused a change: the field and the message code. */
class PlaceRuleViolation extends RuleViolation {

	PlaceRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
