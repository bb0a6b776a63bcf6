package jp.tomoni.shared;

import org.springframework.validation.Errors;

/**
 * A business rule refused a request. Carries the form field and the message code, never prose, so the page shows
 * the sentence of the reader's language next to the field, and nothing already saved changes.
 */
public class RuleViolation extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] arguments;

	public RuleViolation(String field, String code, Object... arguments) {
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

	/** Shows the refusal next to its field, or above the form when the form has no such field. */
	public void rejectIn(Errors errors) {
		boolean isField;
		try {
			errors.getFieldValue(field);
			isField = true;
		}
		catch (RuntimeException notAField) {
			isField = false;
		}
		if (isField) {
			errors.rejectValue(field, code, arguments(), code);
		}
		else {
			errors.reject(code, arguments(), code);
		}
	}
}
