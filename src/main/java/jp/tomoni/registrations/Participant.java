package jp.tomoni.registrations;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A participant as the organisers see them: personal data, never on public pages or in the API.
 *
 * @param waitingPosition the position on the waiting list, or {@code null} when registered
 */
public record Participant(long registrationId, String name, String nameKana, String email, int people,
		@Nullable String note, RegistrationStatus status, @Nullable Integer waitingPosition, Instant registeredAt) {
}
