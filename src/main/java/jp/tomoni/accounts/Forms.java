package jp.tomoni.accounts;

import org.springframework.validation.BindingResult;

/** Turns a business rule's refusal into an error next to the field it concerns. */
final class Forms {

	private Forms() {
	}

	static void reject(BindingResult result, AccountRuleViolation violation) {
		if (result.getFieldType(violation.field()) != null || hasField(result, violation.field())) {
			result.rejectValue(violation.field(), violation.code(), violation.arguments(), violation.code());
		}
		else {
			result.reject(violation.code(), violation.arguments(), violation.code());
		}
	}

	private static boolean hasField(BindingResult result, String field) {
		try {
			result.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}
}
