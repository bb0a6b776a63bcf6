package jp.tomoni.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The sign-up form; text arrives NFKC-normalised. */
record SignUpForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 128) String password,
		@NotBlank @Size(max = 100) String fullName,
		@NotBlank @Size(max = 100) @Pattern(regexp = KANA) String fullNameKana,
		@NotBlank @Size(max = 50) String displayName) {

	/** Hiragana, katakana, the prolonged sound mark, middle dot and spaces. */
	static final String KANA = "^[\\u3041-\\u3096\\u309D\\u309E\\u30A1-\\u30FA\\u30FB-\\u30FE\\s\\u3000]*$";

	static SignUpForm empty() {
		return new SignUpForm("", "", "", "", "");
	}

	SignUpCommand toCommand() {
		return new SignUpCommand(email, password, fullName, fullNameKana, displayName);
	}
}
