package jp.tomoni.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A generated version of an agreement, for the back office.
 *
 * @param scanFileName the signed scan's file name, {@code null} while none is attached
 */
public record AgreementVersionView(int versionNo, String generatedByName, Instant generatedAt, LocalDate concludedOn,
		LocalDate periodStart, LocalDate periodEnd, List<String> parties, @Nullable String scanFileName,
		@Nullable Instant scanUploadedAt) {

	public boolean scanned() {
		return scanFileName != null;
	}
}
