package jp.tomoni.places;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A place as other modules see it (an event's venue, a picker).
 *
 * @param address the address as registered (住所; usually with the prefecture and city)
 * @param kindCode the code of its kind ({@code library}, {@code park} …; master data {@code place_kind})
 */
public record PlaceSummary(long id, String name, String nameKana, String address, @Nullable String postalCode,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, @Nullable String areaCode, @Nullable String url,
		String kindCode) {
}
