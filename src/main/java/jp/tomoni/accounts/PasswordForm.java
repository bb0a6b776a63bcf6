package jp.tomoni.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password with its single-use link token. */
record PasswordForm(@NotBlank String token, @NotBlank @Size(max = 128) String password) {
}
