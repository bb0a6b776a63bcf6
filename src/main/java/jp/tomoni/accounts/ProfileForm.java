package jp.tomoni.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record ProfileForm(@NotBlank @Size(max = 100) String fullName,
		@NotBlank @Size(max = 100) @Pattern(regexp = SignUpForm.KANA) String fullNameKana,
		@NotBlank @Size(max = 50) String displayName) {

	static ProfileForm of(AccountView view) {
		return new ProfileForm(view.fullName(), view.fullNameKana(), view.displayName());
	}

	ProfileCommand toCommand() {
		return new ProfileCommand(fullName, fullNameKana, displayName);
	}
}
