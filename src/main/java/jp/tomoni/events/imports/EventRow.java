package jp.tomoni.events.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One data line of an event list, read and normalised (NFKC, trimmed) but not yet checked against the event rules.
 * A recurring event takes several lines with the same number (NO or ID) and name: {@link EventGrouping} joins them.
 *
 * @param line the physical line number where the record starts
 * @param municipalityCode the publishing municipality's code as written (6 digits, or 5 without the check digit)
 * @param number the event's number in the list (NO, ID), or {@code null}
 * @param kind the イベント種類 (or the local イベントジャンル / カテゴリー) as written
 * @param startDate the date of this line's occurrence (never {@code null} for a row the import applies)
 * @param dateNote 日時備考 / 開始日時特記事項 as written
 * @param address the address in one line (the split columns joined)
 * @param fee what it costs as written (料金(詳細), else 料金(基本) in yen)
 * @param free whether it is free: 料金種別 無料, 料金(基本) 0, or 無料 in the details
 * @param capacity the number in 定員 (20人（申込順） → 20), or {@code null}
 * @param online Web開催 (true when it is held online), or {@code null} when the list does not say
 */
public record EventRow(long line, @Nullable String municipalityCode, @Nullable String number, String name,
		@Nullable String nameKana, @Nullable String summary, @Nullable String description, @Nullable String kind,
		@Nullable String url, @Nullable LocalDate startDate, @Nullable LocalDate endDate, @Nullable LocalTime startTime,
		@Nullable LocalTime endTime, @Nullable String dateNote, @Nullable String placeName, @Nullable String postalCode,
		@Nullable String address, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
		@Nullable String organiser, @Nullable String coOrganisers, @Nullable String audience, @Nullable String fee,
		boolean free, @Nullable Integer capacity, @Nullable LocalDate applicationDeadlineDate,
		@Nullable LocalTime applicationDeadlineTime, @Nullable String applicationMethod, @Nullable String contactName,
		@Nullable String contactPhone, @Nullable String contactEmail, @Nullable Boolean online,
		@Nullable String onlineUrl) {
}
