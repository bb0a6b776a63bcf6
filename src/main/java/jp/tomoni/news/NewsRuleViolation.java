package jp.tomoni.news;

import jp.tomoni.shared.RuleViolation;

/** A rule of news or case stories refused a request (see {@link RuleViolation}). */
public class NewsRuleViolation extends RuleViolation {

	public NewsRuleViolation(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}
}
