package jp.tomoni.groups;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A message to a group through the contact relay.
 *
 * @param website the honeypot: hidden from people, filled in by form-filling robots; must stay empty
 */
record ContactForm(@NotBlank @Size(max = 100) String senderName, @NotBlank @Email @Size(max = 254) String senderEmail,
		@NotBlank @Size(max = 100) String subject, @NotBlank @Size(max = ContactForm.MAX_MESSAGE) String message,
		@Nullable String website) {

	static final int MAX_MESSAGE = 4000;

	static ContactForm empty() {
		return new ContactForm("", "", "", "", "");
	}

	boolean isFromRobot() {
		return website != null && !website.isBlank();
	}
}
