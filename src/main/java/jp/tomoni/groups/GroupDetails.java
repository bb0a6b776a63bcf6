package jp.tomoni.groups;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The profile of a group beyond its description: legal form (a {@link LegalForm} code), founding year and month
 * (the month is often not known), number of members, regular activity days (days of the week and a note such as
 * 「毎月第2土曜日」) and links to its pages on social media. All of it is public.
 *
 * @param socialLinks https addresses in the applicant's order, at most {@link #MAX_SOCIAL_LINKS}
 */
public record GroupDetails(@Nullable String legalForm, @Nullable Integer foundingYear, @Nullable Integer foundingMonth,
		@Nullable Integer memberCount, Set<DayOfWeek> activityDays, @Nullable String activityDaysNote,
		List<String> socialLinks, Set<String> offerKinds, Set<String> seekKinds) {

	public static final int MAX_SOCIAL_LINKS = 5;

	public static final int MAX_MEMBERS = 1_000_000;

	/** Nothing given. */
	public static final GroupDetails NONE = new GroupDetails(null, null, null, null, Set.of(), null, List.of());

	/** Details without the categories of what the group offers and seeks. */
	public GroupDetails(@Nullable String legalForm, @Nullable Integer foundingYear, @Nullable Integer foundingMonth,
			@Nullable Integer memberCount, Set<DayOfWeek> activityDays, @Nullable String activityDaysNote,
			List<String> socialLinks) {
		this(legalForm, foundingYear, foundingMonth, memberCount, activityDays, activityDaysNote, socialLinks, Set.of(),
				Set.of());
	}

	public GroupDetails {
		offerKinds = Set.copyOf(offerKinds);
		seekKinds = Set.copyOf(seekKinds);
		activityDays = activityDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(activityDays));
		socialLinks = List.copyOf(socialLinks);
	}

	/** The categories of what the group offers, in the order of {@link Exchange#OFFERS}. */
	public List<String> offerKindsInOrder() {
		return Exchange.OFFERS.stream().filter(offerKinds::contains).toList();
	}

	/** The categories of what the group seeks, in the order of {@link Exchange#SEEKS}. */
	public List<String> seekKindsInOrder() {
		return Exchange.SEEKS.stream().filter(seekKinds::contains).toList();
	}

	/** The activity days from Monday to Sunday. */
	public List<DayOfWeek> activityDaysInOrder() {
		return activityDays.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(activityDays));
	}

	/** The service a social link points to ({@code instagram}, {@code x}, …, {@code other}): a message key suffix. */
	public String serviceOf(String link) {
		return SocialLinks.service(link);
	}

	/** ISO 8601 with the precision known: {@code 2015-04}, {@code 2015}, or {@code null}. */
	public @Nullable String foundingDate() {
		if (foundingYear == null) {
			return null;
		}
		return foundingMonth == null ? String.format("%04d", foundingYear)
				: String.format("%04d-%02d", foundingYear, foundingMonth);
	}
}
