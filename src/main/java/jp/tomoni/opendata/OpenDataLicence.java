package jp.tomoni.opendata;

/**
 * A licence of open data.
 *
 * @param name its short name, the same in every language (CC BY 4.0)
 * @param url the licence's text
 * @param attributionKey message key of the attribution users must give; argument 0 is the municipality's name
 */
public record OpenDataLicence(String name, String url, String attributionKey) {

	/** Creative Commons Attribution 4.0 International, which the 政府標準利用規約 2.0 is compatible with. */
	public static final OpenDataLicence CC_BY_4_0 = new OpenDataLicence("CC BY 4.0",
			"https://creativecommons.org/licenses/by/4.0/deed.ja", "opendata.attribution.ccBy");
}
