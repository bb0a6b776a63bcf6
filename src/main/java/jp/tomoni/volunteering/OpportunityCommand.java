package jp.tomoni.volunteering;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An opportunity as its organiser posts it, normalised and checked for form.
 *
 * @param groupId the posting group, or {@code null} when staff post for the city or a support centre
 * @param organiserName who posts when there is no group (staff only)
 */
record OpportunityCommand(String title, String description, Set<String> fieldCodes, @Nullable String areaCode,
		@Nullable Long groupId, @Nullable String organiserName, @Nullable String whatToBring,
		@Nullable String skillsWanted, @Nullable Integer minAge, @Nullable Integer maxAge, List<ShiftCommand> shifts,
		boolean publish) {
}
