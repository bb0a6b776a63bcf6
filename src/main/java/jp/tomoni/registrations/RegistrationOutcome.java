package jp.tomoni.registrations;

import org.jspecify.annotations.Nullable;

/**
 * The result of a registration.
 *
 * @param status REGISTERED (with a place) or WAITING
 * @param waitingPosition the position on the waiting list (1 = next), or {@code null} when registered
 */
public record RegistrationOutcome(long registrationId, RegistrationStatus status, @Nullable Integer waitingPosition) {
}
