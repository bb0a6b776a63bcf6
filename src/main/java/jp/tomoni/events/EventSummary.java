package jp.tomoni.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An event as other modules and lists see it (public fields; the contact e-mail is the organiser's public one).
 *
 * @param categoryCode a code of the event categories ({@link Events#categories()})
 * @param fee the fee as written (e.g. 500円（資料代）), or {@code null}
 * @param capacity 定員, or {@code null} when not limited
 * @param takesRegistrations whether residents register on Tomoni (the registrations module)
 * @param applicationDeadline 申込締切, or {@code null}
 * @param placeId a place of the places module, or {@code null}
 * @param organiserGroupId the organising group in the directory, or {@code null} ({@code organiserName} then)
 * @param source {@code TOMONI} or the id of the import source
 */
public record EventSummary(long id, String name, @Nullable String nameKana, @Nullable String summary,
		String categoryCode, EventStatus status, AttendanceMode attendanceMode, boolean free, @Nullable String fee,
		@Nullable Integer capacity, boolean takesRegistrations, @Nullable LocalDateTime applicationDeadline,
		@Nullable Long placeId, @Nullable String placeName, @Nullable String address, @Nullable BigDecimal latitude,
		@Nullable BigDecimal longitude, @Nullable Long organiserGroupId, @Nullable String organiserName,
		@Nullable String contactName, @Nullable String contactEmail, @Nullable String url, String source,
		Instant updatedAt) {
}
