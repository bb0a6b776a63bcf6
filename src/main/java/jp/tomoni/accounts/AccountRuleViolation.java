package jp.tomoni.accounts;

/**
 * A business rule refused a request. Carries the form field and the message code, never prose, so the page can
 * show the Japanese (or English) sentence next to the field.
 */
public class AccountRuleViolation extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] arguments;

	public AccountRuleViolation(String field, String code, Object... arguments) {
		super(code);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
