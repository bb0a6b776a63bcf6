package jp.tomoni.accounts;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.tomoni.shared.Role;
import org.jspecify.annotations.Nullable;

record StaffAccountForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 100) String fullName,
		@NotBlank @Size(max = 100) @Pattern(regexp = SignUpForm.KANA) String fullNameKana,
		@NotBlank @Size(max = 50) String displayName, @Nullable Set<Role> roles) {

	static StaffAccountForm empty() {
		return new StaffAccountForm("", "", "", "", EnumSet.noneOf(Role.class));
	}

	StaffAccountCommand toCommand() {
		return new StaffAccountCommand(email, fullName, fullNameKana, displayName,
				roles == null ? Set.of() : Set.copyOf(roles));
	}
}
