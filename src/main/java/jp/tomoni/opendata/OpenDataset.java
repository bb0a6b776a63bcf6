package jp.tomoni.opendata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A dataset listed on the open-data page (SPI): the module that owns the data implements it as a Spring bean and
 * serves the downloads itself (docs/decisions/0045).
 */
public interface OpenDataset {

	/** A stable identifier, lower case with hyphens, used in the page's address ({@code /opendata/{id}}). */
	String id();

	/** Message key of the dataset's title (both bundles). */
	String titleKey();

	/** Message key of its description (both bundles). */
	String descriptionKey();

	/** Its licence; CC BY 4.0 unless the municipality decides otherwise. */
	default OpenDataLicence licence() {
		return OpenDataLicence.CC_BY_4_0;
	}

	/** The downloads, e.g. CSV (UTF-8 with BOM) and JSON. */
	List<Download> downloads();

	/** The columns of the CSV in order, with what each holds. */
	List<Column> columns();

	/** When the data last changed, if known. */
	Optional<Instant> lastModified();

	/**
	 * One file to download.
	 *
	 * @param format {@code CSV} or {@code JSON} (shown as is)
	 * @param url a path on this site ({@code /groups/export.csv}) or an absolute address
	 * @param noteKey message key of a note on the format (e.g. {@code opendata.format.csvBom}), or empty
	 */
	record Download(String format, String url, String noteKey) {
	}

	/**
	 * A column of the CSV.
	 *
	 * @param name its header, as in the file
	 * @param descriptionKey message key of what it holds
	 */
	record Column(String name, String descriptionKey) {
	}
}
