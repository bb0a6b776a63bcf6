package jp.tomoni.groups;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A group's page as one viewer may see it: contact details are {@code null} where their visibility hides them.
 *
 * @param returnReason the coordinator's reason, shown to the applicant and staff only
 * @param staffView whether the viewer is staff or one of the group's administrators
 * @param details legal form, founding, members, activity days and social links: public
 */
public record GroupProfile(GroupSummary summary, @Nullable String corporateNumber, String purpose,
		@Nullable String activities, @Nullable String offers, @Nullable String seeks, boolean acceptsVolunteers,
		@Nullable String website, @Nullable String contactEmail, @Nullable String contactPhone, Instant createdAt,
		@Nullable Instant approvedAt, @Nullable String returnReason, boolean staffView,
		GroupDetails details) {
}
