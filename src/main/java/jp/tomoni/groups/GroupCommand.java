package jp.tomoni.groups;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an applicant registers or changes about a group, already validated for form.
 *
 * @param details legal form, founding, members, activity days and social links ({@link GroupDetails#NONE} if none)
 */
public record GroupCommand(String name, String nameKana, String kindCode, @Nullable String corporateNumber,
		Set<String> fieldCodes, Set<String> areaCodes, String purpose, @Nullable String activities,
		@Nullable String offers, @Nullable String seeks, boolean acceptsVolunteers, @Nullable String website,
		@Nullable String contactEmail, Visibility contactEmailVisibility, @Nullable String contactPhone,
		Visibility contactPhoneVisibility, GroupDetails details) {

	/** A command without the {@link GroupDetails} (for callers that do not know them). */
	public GroupCommand(String name, String nameKana, String kindCode, @Nullable String corporateNumber,
			Set<String> fieldCodes, Set<String> areaCodes, String purpose, @Nullable String activities,
			@Nullable String offers, @Nullable String seeks, boolean acceptsVolunteers, @Nullable String website,
			@Nullable String contactEmail, Visibility contactEmailVisibility, @Nullable String contactPhone,
			Visibility contactPhoneVisibility) {
		this(name, nameKana, kindCode, corporateNumber, fieldCodes, areaCodes, purpose, activities, offers, seeks,
				acceptsVolunteers, website, contactEmail, contactEmailVisibility, contactPhone, contactPhoneVisibility,
				GroupDetails.NONE);
	}
}
