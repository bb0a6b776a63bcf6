package jp.tomoni.search;

import jp.tomoni.shared.RuleViolation;

/** A search request that breaks a rule: the parameter named and a message code with its arguments. */
public class SearchRuleViolation extends RuleViolation {

	public SearchRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
