package jp.tomoni.localissues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The form of a new issue, as typed; the photo comes beside it as a file. */
record IssueForm(@NotBlank @Size(max = 100) @Nullable String title,
		@NotBlank @Size(max = 4000) @Nullable String description, @NotBlank @Nullable String areaCode,
		@Size(max = 200) @Nullable String place, @NotBlank @Size(max = 1000) @Nullable String affected) {

	static IssueForm empty() {
		return new IssueForm("", "", "", "", "");
	}

	/** The values as stored; only once validation found nothing to refuse. */
	IssueCommand toCommand() {
		return new IssueCommand(text(title), text(description), text(areaCode),
				place == null || place.isBlank() ? null : place.strip(), text(affected));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}
}
