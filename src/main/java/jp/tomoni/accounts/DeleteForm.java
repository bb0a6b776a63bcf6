package jp.tomoni.accounts;

import jakarta.validation.constraints.NotBlank;

record DeleteForm(@NotBlank String password) {
}
