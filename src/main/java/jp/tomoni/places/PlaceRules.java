package jp.tomoni.places;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.tomoni.shared.CorporateNumber;

/** The rules beyond each field's own: known kind and area, a valid 法人番号, coordinates in range and in pairs. */
final class PlaceRules {

	/** A refusal of one field. */
	record Problem(String field, String code, Object... arguments) {
	}

	private static final BigDecimal LAT = BigDecimal.valueOf(90);

	private static final BigDecimal LON = BigDecimal.valueOf(180);

	private PlaceRules() {
	}

	static List<Problem> check(PlaceCommand c, Set<String> kindCodes, Set<String> areaCodes) {
		List<Problem> problems = new ArrayList<>();
		if (!c.kindCode().isBlank() && !kindCodes.contains(c.kindCode())) {
			problems.add(new Problem("kindCode", "place.error.kind", c.kindCode()));
		}
		if (c.areaCode() != null && !areaCodes.contains(c.areaCode())) {
			problems.add(new Problem("areaCode", "place.error.area", c.areaCode()));
		}
		if (c.corporateNumber() != null && !CorporateNumber.isValid(c.corporateNumber())) {
			problems.add(new Problem("corporateNumber", "place.error.corporateNumber", c.corporateNumber()));
		}
		if (c.latitude() != null && c.latitude().abs().compareTo(LAT) > 0) {
			problems.add(new Problem("latitude", "place.error.latitude", c.latitude().toPlainString()));
		}
		if (c.longitude() != null && c.longitude().abs().compareTo(LON) > 0) {
			problems.add(new Problem("longitude", "place.error.longitude", c.longitude().toPlainString()));
		}
		if ((c.latitude() == null) != (c.longitude() == null)) {
			problems.add(new Problem(c.latitude() == null ? "latitude" : "longitude", "place.error.coordinatePair"));
		}
		return problems;
	}
}
