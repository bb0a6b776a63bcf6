package jp.tomoni.accounts;

import jp.tomoni.shared.RuleViolation;

/** A rule of the accounts module refused a request (see {@link RuleViolation}). */
public class AccountRuleViolation extends RuleViolation {

	public AccountRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
