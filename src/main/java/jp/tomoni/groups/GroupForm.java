package jp.tomoni.groups;

import java.time.DayOfWeek;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.tomoni.shared.JapaneseText;
import org.jspecify.annotations.Nullable;

/** The registration and edit form of a group; text arrives NFKC-normalised. */
record GroupForm(@NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 200) @Pattern(regexp = KANA) String nameKana, @NotBlank String kindCode,
		@Size(max = 20) @Nullable String corporateNumber, @NotEmpty @Nullable Set<String> fieldCodes,
		@Nullable Set<String> areaCodes, @NotBlank @Size(max = 2000) String purpose,
		@Size(max = 4000) @Nullable String activities, @Size(max = 2000) @Nullable String offers,
		@Size(max = 2000) @Nullable String seeks, @Nullable Boolean acceptsVolunteers,
		@Size(max = 500) @Pattern(regexp = "^(https?://\\S+)?$") @Nullable String website,
		@Email @Size(max = 254) @Nullable String contactEmail, @NotNull Visibility contactEmailVisibility,
		@Size(max = 30) @Pattern(regexp = "^[0-9\\-() ]*$") @Nullable String contactPhone,
		@NotNull Visibility contactPhoneVisibility, @Size(max = 40) @Nullable String legalForm,
		@Nullable Integer foundingYear, @Min(1) @Max(12) @Nullable Integer foundingMonth,
		@Min(0) @Max(GroupDetails.MAX_MEMBERS) @Nullable Integer memberCount, @Nullable Set<DayOfWeek> activityDays,
		@Size(max = 200) @Nullable String activityDaysNote, @Size(max = 2600) @Nullable String socialLinks,
		@Nullable Set<String> offerKinds, @Nullable Set<String> seekKinds) {

	/** Hiragana, katakana, the prolonged sound mark, middle dot, spaces and the marks names of groups use. */
	static final String KANA = "^[\\u3041-\\u3096\\u309D\\u309E\\u30A1-\\u30FA\\u30FB-\\u30FE\\s\\u3000A-Za-z0-9・&＆.\\-]*$";

	static GroupForm empty() {
		return new GroupForm("", "", "", "", Set.of(), Set.of(), "", "", "", "", false, "", "", Visibility.STAFF, "",
				Visibility.STAFF, "", null, null, null, Set.of(), "", "", Set.of(), Set.of());
	}

	static GroupForm of(GroupCommand command) {
		return new GroupForm(command.name(), command.nameKana(), command.kindCode(), command.corporateNumber(),
				command.fieldCodes(), command.areaCodes(), command.purpose(), command.activities(), command.offers(),
				command.seeks(), command.acceptsVolunteers(), command.website(), command.contactEmail(),
				command.contactEmailVisibility(), command.contactPhone(), command.contactPhoneVisibility(),
				command.details().legalForm(), command.details().foundingYear(), command.details().foundingMonth(),
				command.details().memberCount(), command.details().activityDays(), command.details().activityDaysNote(),
				String.join("\n", command.details().socialLinks()), command.details().offerKinds(),
				command.details().seekKinds());
	}

	GroupCommand toCommand() {
		return new GroupCommand(name, JapaneseText.toFurigana(nameKana), kindCode,
				blankToNull(corporateNumber == null ? null : corporateNumber.replaceAll("[\\s\\-]", "")),
				fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes), areaCodes == null ? Set.of() : Set.copyOf(areaCodes),
				purpose, blankToNull(activities), blankToNull(offers), blankToNull(seeks),
				Boolean.TRUE.equals(acceptsVolunteers), blankToNull(website),
				blankToNull(contactEmail) == null ? null : contactEmail.toLowerCase(java.util.Locale.ROOT),
				contactEmailVisibility, blankToNull(contactPhone), contactPhoneVisibility, toDetails());
	}

	private GroupDetails toDetails() {
		return new GroupDetails(blankToNull(legalForm), foundingYear, foundingMonth, memberCount,
				activityDays == null ? Set.of() : activityDays, blankToNull(activityDaysNote == null ? null : activityDaysNote.strip()),
				SocialLinks.parse(socialLinks), offerKinds == null ? Set.of() : offerKinds,
				seekKinds == null ? Set.of() : seekKinds);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
