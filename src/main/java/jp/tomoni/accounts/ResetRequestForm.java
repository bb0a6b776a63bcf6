package jp.tomoni.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ResetRequestForm(@NotBlank @Email @Size(max = 254) String email) {
}
