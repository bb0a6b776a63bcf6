package jp.tomoni.places;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * Every value of a place that a person or an import sets, validated. Coordinates are kept with at most 8 decimals
 * and without trailing zeros, so that a value read back from the database equals the value read from a file.
 */
record PlaceCommand(String name, String nameKana, @Nullable String commonName, String kindCode,
		@Nullable String prefecture, @Nullable String city, String address, @Nullable String postalCode,
		@Nullable String building, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
		@Nullable String areaCode, @Nullable String phone, @Nullable String extension, @Nullable String email,
		@Nullable String url, @Nullable String openDays, @Nullable String openingTime, @Nullable String closingTime,
		@Nullable String hoursNote, @Nullable String description, @Nullable String barrierFree, boolean wheelchair,
		boolean accessibleToilet, boolean elevator, boolean parking, @Nullable String parkingInfo,
		@Nullable String access, @Nullable String operatorName, @Nullable String corporateNumber,
		@Nullable String note) {

	PlaceCommand {
		latitude = coordinate(latitude);
		longitude = coordinate(longitude);
	}

	static @Nullable BigDecimal coordinate(@Nullable BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal scaled = value.scale() > 8 ? value.setScale(8, RoundingMode.HALF_UP) : value;
		BigDecimal stripped = scaled.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** The same kind, with another area (an import never sets the area: staff do). */
	PlaceCommand withAreaCode(@Nullable String code) {
		return new PlaceCommand(name, nameKana, commonName, kindCode, prefecture, city, address, postalCode, building,
				latitude, longitude, code, phone, extension, email, url, openDays, openingTime, closingTime, hoursNote,
				description, barrierFree, wheelchair, accessibleToilet, elevator, parking, parkingInfo, access,
				operatorName, corporateNumber, note);
	}

	/** SHA-256 of every value: an import compares it with the hash of the place's last import. */
	String contentHash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
