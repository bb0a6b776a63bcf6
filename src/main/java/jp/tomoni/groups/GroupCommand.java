package jp.tomoni.groups;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What an applicant registers or changes about a group, already validated for form. */
public record GroupCommand(String name, String nameKana, String kindCode, @Nullable String corporateNumber,
		Set<String> fieldCodes, Set<String> areaCodes, String purpose, @Nullable String activities,
		@Nullable String offers, @Nullable String seeks, boolean acceptsVolunteers, @Nullable String website,
		@Nullable String contactEmail, Visibility contactEmailVisibility, @Nullable String contactPhone,
		Visibility contactPhoneVisibility) {
}
