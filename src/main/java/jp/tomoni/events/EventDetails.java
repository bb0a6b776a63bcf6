package jp.tomoni.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An event with everything its page shows, and its dates in order.
 *
 * @param reviewNote the coordinator's note when returned (organiser and staff only; {@code null} for others)
 * @param cancelReason why the event was cancelled, or {@code null}
 * @param createdBy the account that entered it, or {@code null} for an import
 */
public record EventDetails(EventSummary summary, @Nullable String description, List<String> fieldCodes,
		@Nullable String areaCode, @Nullable String targetAudience, @Nullable String onlineUrl,
		@Nullable String postalCode, List<Long> coOrganiserGroupIds, @Nullable String coOrganisersText,
		@Nullable String contactPhone, @Nullable String applicationMethod, @Nullable String reviewNote,
		@Nullable String cancelReason, @Nullable Long createdBy, List<EventDateView> dates) {

	EventDetails withoutReviewNote() {
		return new EventDetails(summary, description, fieldCodes, areaCode, targetAudience, onlineUrl, postalCode,
				coOrganiserGroupIds, coOrganisersText, contactPhone, applicationMethod, null, cancelReason, createdBy,
				dates);
	}
}
