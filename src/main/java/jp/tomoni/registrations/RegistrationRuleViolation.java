package jp.tomoni.registrations;

import jp.tomoni.shared.RuleViolation;

/** A registration rule refused the request; the message code names the rule (registration.*). */
public class RegistrationRuleViolation extends RuleViolation {

	public RegistrationRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
