package jp.tomoni.groups;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An administrator's invitation: the address to send it to and the role offered. */
record InvitationForm(@NotBlank @Email @Size(max = 254) @Nullable String email, @NotNull @Nullable MemberRole role) {

	static InvitationForm empty() {
		return new InvitationForm("", MemberRole.MEMBER);
	}
}
