package jp.tomoni.consultations;

import jp.tomoni.shared.RuleViolation;

/** A rule of the log refused a record: the field and the message code. */
class ConsultationRuleViolation extends RuleViolation {

	ConsultationRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
