package jp.tomoni.events;

import jp.tomoni.shared.RuleViolation;

/** A rule of events refused a request (see {@link RuleViolation}). */
public class EventRuleViolation extends RuleViolation {

	public EventRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
