package jp.tomoni.groups;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The other side of an umbrella relation.
 *
 * @param affiliationId the relation, for the buttons that confirm or end it
 * @param since the day it was confirmed, {@code null} while requested
 */
public record GroupRef(long affiliationId, long groupId, String name, AffiliationStatus status,
		@Nullable LocalDate since) {
}
