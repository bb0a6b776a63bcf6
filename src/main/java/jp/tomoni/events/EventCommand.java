package jp.tomoni.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything an organiser enters about an event (the form, the import and the demo data build one). Checked by
 * {@link EventRules}; texts are expected NFKC-normalised.
 *
 * @param nameKana フリガナ in katakana (hiragana is accepted and turned into katakana)
 * @param categoryCode a code of {@code event_category}
 * @param fieldCodes codes of {@link jp.tomoni.shared.ActivityField}
 * @param areaCode an area code ({@link jp.tomoni.areas.Areas}), or {@code null}
 * @param placeId a registered place (places module), or {@code null}; its name and address are copied into the
 *        snapshot fields so that the event reads the same if the place changes
 * @param organiserGroupId the organising group in the directory, or {@code null} (then {@code organiserName})
 * @param coOrganiserGroupIds co-organising groups in the directory
 * @param dates one or many dates (recurring events), at least one
 */
public record EventCommand(String name, @Nullable String nameKana, @Nullable String summary,
		@Nullable String description, String categoryCode, Set<String> fieldCodes, @Nullable String areaCode,
		@Nullable String targetAudience, @Nullable String fee, boolean free, @Nullable Integer capacity,
		AttendanceMode attendanceMode, @Nullable String onlineUrl, @Nullable Long placeId, @Nullable String placeName,
		@Nullable String postalCode, @Nullable String address, @Nullable BigDecimal latitude,
		@Nullable BigDecimal longitude, @Nullable Long organiserGroupId, @Nullable String organiserName,
		Set<Long> coOrganiserGroupIds, @Nullable String coOrganisersText, @Nullable String contactName,
		@Nullable String contactPhone, @Nullable String contactEmail, @Nullable String url,
		@Nullable String applicationMethod, @Nullable LocalDateTime applicationDeadline, boolean takesRegistrations,
		List<EventDateCommand> dates) {

	public EventCommand {
		fieldCodes = Set.copyOf(fieldCodes);
		coOrganiserGroupIds = Set.copyOf(coOrganiserGroupIds);
		dates = List.copyOf(dates);
	}
}
