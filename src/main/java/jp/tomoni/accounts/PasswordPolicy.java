package jp.tomoni.accounts;

import java.util.Locale;
import java.util.Map;

import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.springframework.stereotype.Component;

/**
 * The password rule stated on every password form: at least {@value #MIN_LENGTH} and at most
 * {@value #MAX_LENGTH} characters, not one of the 100,000 most common passwords (nbvcxz's list), and not the
 * e-mail address.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	private final Map<String, Integer> commonPasswords = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);

	/** Throws when the password breaks the rule; the password has already been normalised (NFKC). */
	void check(String password, String email, String field) {
		if (password == null || password.isEmpty()) {
			throw new AccountRuleViolation(field, "password.required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			throw new AccountRuleViolation(field, "password.tooShort", MIN_LENGTH);
		}
		if (length > MAX_LENGTH) {
			throw new AccountRuleViolation(field, "password.tooLong", MAX_LENGTH);
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (commonPasswords.containsKey(lower)) {
			throw new AccountRuleViolation(field, "password.common");
		}
		if (lower.equals(email.toLowerCase(Locale.ROOT)) || lower.equals(email.toLowerCase(Locale.ROOT).split("@")[0])) {
			throw new AccountRuleViolation(field, "password.sameAsEmail");
		}
	}
}
