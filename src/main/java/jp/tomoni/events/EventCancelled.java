package jp.tomoni.events;

import org.jspecify.annotations.Nullable;

/**
 * A public event, or one of its dates, was cancelled (中止), for registrations to tell the participants.
 *
 * @param dateId the cancelled date, or {@code null} when the whole event is cancelled
 */
public record EventCancelled(long eventId, @Nullable Long dateId, String name, String reason) {
}
