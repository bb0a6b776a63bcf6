package jp.tomoni.newsletter;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The subscribe form.
 *
 * @param website the honeypot: hidden from people, filled in by form-filling robots; must stay empty
 */
record SubscribeForm(@NotBlank @Email @Size(max = 254) String email, @Nullable List<String> fieldCodes,
		@Nullable List<String> areaCodes, @Nullable String website) {

	static SubscribeForm empty() {
		return new SubscribeForm("", List.of(), List.of(), "");
	}

	List<String> fields() {
		return fieldCodes == null ? List.of() : fieldCodes;
	}

	List<String> areas() {
		return areaCodes == null ? List.of() : areaCodes;
	}

	boolean isFromRobot() {
		return website != null && !website.isBlank();
	}
}
