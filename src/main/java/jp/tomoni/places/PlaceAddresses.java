package jp.tomoni.places;

/** The parts of an address: 住所 is kept as the source has it, often with prefecture and city in front. */
final class PlaceAddresses {

	private PlaceAddresses() {
	}

	static String full(PlaceCommand c) {
		String address = c.address();
		String prefix = (c.prefecture() == null ? "" : c.prefecture()) + (c.city() == null ? "" : c.city());
		if (prefix.isEmpty() || address.startsWith(prefix)
				|| (c.city() != null && address.startsWith(c.city()) && c.prefecture() == null)) {
			return address;
		}
		if (c.prefecture() != null && address.startsWith(c.prefecture())) {
			return address;
		}
		if (c.city() != null && address.startsWith(c.city())) {
			return (c.prefecture() == null ? "" : c.prefecture()) + address;
		}
		return prefix + address;
	}

	static String street(PlaceCommand c) {
		String address = c.address();
		if (c.prefecture() != null && address.startsWith(c.prefecture())) {
			address = address.substring(c.prefecture().length());
		}
		if (c.city() != null && address.startsWith(c.city())) {
			address = address.substring(c.city().length());
		}
		return address.isBlank() ? c.address() : address;
	}
}
