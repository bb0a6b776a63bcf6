package jp.tomoni.groups;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * How {@link GroupDetails} is kept in {@code civic_group}: plain columns. The days and links are shown, never
 * queried, so they are one text column each rather than two more tables (docs/decisions/0020).
 */
@Embeddable
class GroupDetailsColumns {

	@Column(name = "legal_form", length = 40)
	private @Nullable String legalForm;

	@Column(name = "founding_year")
	private @Nullable Integer foundingYear;

	@Column(name = "founding_month")
	private @Nullable Integer foundingMonth;

	@Column(name = "member_count")
	private @Nullable Integer memberCount;

	@Column(name = "activity_days", length = 70)
	private @Nullable String activityDays;

	@Column(name = "activity_days_note", length = 200)
	private @Nullable String activityDaysNote;

	@Column(name = "social_links", length = 2600)
	private @Nullable String socialLinks;

	@Column(name = "offer_kinds", length = 100)
	private @Nullable String offerKinds;

	@Column(name = "seek_kinds", length = 100)
	private @Nullable String seekKinds;

	protected GroupDetailsColumns() {
	}

	static GroupDetailsColumns of(GroupDetails details) {
		GroupDetailsColumns columns = new GroupDetailsColumns();
		columns.legalForm = details.legalForm();
		columns.foundingYear = details.foundingYear();
		columns.foundingMonth = details.foundingMonth();
		columns.memberCount = details.memberCount();
		columns.activityDays = details.activityDays().isEmpty() ? null
				: details.activityDaysInOrder().stream().map(DayOfWeek::name).collect(Collectors.joining(","));
		columns.activityDaysNote = details.activityDaysNote();
		columns.socialLinks = details.socialLinks().isEmpty() ? null : String.join("\n", details.socialLinks());
		columns.offerKinds = details.offerKinds().isEmpty() ? null : String.join(",", details.offerKindsInOrder());
		columns.seekKinds = details.seekKinds().isEmpty() ? null : String.join(",", details.seekKindsInOrder());
		return columns;
	}

	/** Hibernate loads an embeddable whose columns are all null as {@code null}: that is {@link GroupDetails#NONE}. */
	static GroupDetails toDetails(@Nullable GroupDetailsColumns columns) {
		if (columns == null) {
			return GroupDetails.NONE;
		}
		Set<DayOfWeek> days = columns.activityDays == null || columns.activityDays.isBlank() ? Set.of()
				: Arrays.stream(columns.activityDays.split(","))
					.map(DayOfWeek::valueOf)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
		List<String> links = columns.socialLinks == null || columns.socialLinks.isBlank() ? List.of()
				: columns.socialLinks.lines().toList();
		return new GroupDetails(columns.legalForm, columns.foundingYear, columns.foundingMonth, columns.memberCount,
				days, columns.activityDaysNote, links, codes(columns.offerKinds), codes(columns.seekKinds));
	}

	/** The categories a group offers or seeks, for the search index: empty when none. */
	static List<String> offerKinds(@Nullable GroupDetailsColumns columns) {
		return columns == null ? List.of() : List.copyOf(codes(columns.offerKinds));
	}

	static List<String> seekKinds(@Nullable GroupDetailsColumns columns) {
		return columns == null ? List.of() : List.copyOf(codes(columns.seekKinds));
	}

	private static Set<String> codes(@Nullable String joined) {
		return joined == null || joined.isBlank() ? Set.of() : Set.of(joined.split(","));
	}
}
