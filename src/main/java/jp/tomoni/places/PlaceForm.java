package jp.tomoni.places;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.tomoni.shared.JapaneseText;
import org.jspecify.annotations.Nullable;

/**
 * The form of a place in the back office; the import checks each line with the same rules. Text arrives
 * NFKC-normalised; coordinates as text (a decimal number), checked for their range by {@link PlaceRules}.
 */
record PlaceForm(@NotBlank @Size(max = 200) @Nullable String name,
		@NotBlank @Size(max = 200) @Pattern(regexp = KANA) @Nullable String nameKana,
		@Size(max = 200) @Nullable String commonName, @NotBlank @Nullable String kindCode,
		@Size(max = 10) @Nullable String prefecture, @Size(max = 50) @Nullable String city,
		@NotBlank @Size(max = 300) @Nullable String address,
		@Pattern(regexp = "^(\\d{3}-?\\d{4})?$") @Nullable String postalCode,
		@Size(max = 200) @Nullable String building, @Pattern(regexp = DECIMAL) @Nullable String latitude,
		@Pattern(regexp = DECIMAL) @Nullable String longitude, @Nullable String areaCode,
		@Size(max = 30) @Pattern(regexp = "^[0-9\\-() +]*$") @Nullable String phone,
		@Size(max = 20) @Nullable String extension, @Email @Size(max = 254) @Nullable String email,
		@Size(max = 500) @Pattern(regexp = "^(https?://\\S+)?$") @Nullable String url,
		@Size(max = 200) @Nullable String openDays, @Size(max = 50) @Nullable String openingTime,
		@Size(max = 50) @Nullable String closingTime, @Size(max = 2000) @Nullable String hoursNote,
		@Size(max = 4000) @Nullable String description, @Size(max = 2000) @Nullable String barrierFree,
		@Nullable Boolean wheelchair, @Nullable Boolean accessibleToilet, @Nullable Boolean elevator,
		@Nullable Boolean parking, @Size(max = 1000) @Nullable String parkingInfo,
		@Size(max = 1000) @Nullable String access, @Size(max = 200) @Nullable String operatorName,
		@Size(max = 20) @Nullable String corporateNumber, @Size(max = 2000) @Nullable String note) {

	/** Kana of either script, the long vowel mark, middle dot, spaces, Latin letters and digits. */
	static final String KANA = "^[\\u3041-\\u3096\\u309D\\u309E\\u30A1-\\u30FA\\u30FB-\\u30FE\\s\\u3000A-Za-z0-9・&.\\-]*$";

	/** A decimal number such as 35.5714 or -0.5 (at most 8 decimals are kept). */
	static final String DECIMAL = "^(-?\\d{1,3}(\\.\\d{1,15})?)?$";

	static PlaceForm empty(String kindCode) {
		return new PlaceForm("", "", "", kindCode, "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
				false, false, false, false, "", "", "", "", "");
	}

	static PlaceForm of(PlaceCommand c) {
		return new PlaceForm(c.name(), c.nameKana(), c.commonName(), c.kindCode(), c.prefecture(), c.city(), c.address(),
				c.postalCode(), c.building(), c.latitude() == null ? "" : c.latitude().toPlainString(),
				c.longitude() == null ? "" : c.longitude().toPlainString(), c.areaCode(), c.phone(), c.extension(),
				c.email(), c.url(), c.openDays(), c.openingTime(), c.closingTime(), c.hoursNote(), c.description(),
				c.barrierFree(), c.wheelchair(), c.accessibleToilet(), c.elevator(), c.parking(), c.parkingInfo(),
				c.access(), c.operatorName(), c.corporateNumber(), c.note());
	}

	/** The values as stored: blanks become {@code null}, フリガナ in katakana (dashes read as ー). */
	PlaceCommand toCommand() {
		return new PlaceCommand(text(name), furigana(nameKana), blank(commonName), text(kindCode), blank(prefecture),
				blank(city), text(address), blank(postalCode), blank(building), decimal(latitude), decimal(longitude),
				blank(areaCode), blank(phone), blank(extension),
				blank(email) == null ? null : email.toLowerCase(Locale.ROOT), blank(url), blank(openDays),
				blank(openingTime), blank(closingTime), multiLine(hoursNote), multiLine(description),
				multiLine(barrierFree), Boolean.TRUE.equals(wheelchair), Boolean.TRUE.equals(accessibleToilet),
				Boolean.TRUE.equals(elevator), Boolean.TRUE.equals(parking), multiLine(parkingInfo), multiLine(access),
				blank(operatorName), corporateNumber == null || corporateNumber.isBlank() ? null
						: corporateNumber.replaceAll("[\\s\\-]", ""),
				multiLine(note));
	}

	static String furigana(@Nullable String kana) {
		return kana == null ? "" : JapaneseText.toFurigana(kana).replaceAll("[\\u2010-\\u2015\\u2212\\uFF70]", "ー");
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable String multiLine(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.replace("\r\n", "\n").strip();
	}

	private static @Nullable BigDecimal decimal(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
