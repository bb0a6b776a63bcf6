package jp.tomoni.accounts;

/** A resident's sign-up, already normalised and validated for form. */
public record SignUpCommand(String email, String password, String fullName, String fullNameKana, String displayName) {
}
