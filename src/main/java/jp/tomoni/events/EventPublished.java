package jp.tomoni.events;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An event became public (directly or after a coordinator's check), published once per event as a Spring Modulith
 * application event. Listeners (newsletter, places) read more through {@link Events}.
 *
 * @param firstDate its first date
 */
public record EventPublished(long eventId, String name, String categoryCode, @Nullable Long organiserGroupId,
		@Nullable Long placeId, LocalDate firstDate) {
}
