package jp.tomoni.volunteering;

import jp.tomoni.shared.RuleViolation;

/** A rule of volunteering refused a request: the field and the message code. */
class VolunteeringRuleViolation extends RuleViolation {

	VolunteeringRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
