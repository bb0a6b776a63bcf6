package jp.tomoni.localissues;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * What staff type on an issue's back-office page: a note for the poster, the issue it duplicates, the reason it is
 * out of scope, the call and its deadline, the chosen proposals (by position) and the reason for each. Each action
 * reads its own fields; the values come back as typed when a rule refuses them.
 */
record TriageForm(@Size(max = 2000) @Nullable String note, @Nullable String duplicateOf,
		@Size(max = 2000) @Nullable String reason, @Size(max = 4000) @Nullable String callText,
		@Nullable String deadline, @Nullable List<Integer> chosen,
		@Nullable List<@Size(max = 2000) @Nullable String> partnerReasons) {

	static TriageForm empty() {
		return new TriageForm("", "", "", "", "", List.of(), List.of());
	}

	/** Dates and numbers that are not: rejected on their field. */
	void checkIn(Errors errors) {
		if (!blank(duplicateOf) && number(duplicateOf) == null) {
			errors.rejectValue("duplicateOf", "localIssue.duplicateOf.invalid");
		}
		if (!blank(deadline) && date(deadline) == null) {
			errors.rejectValue("deadline", "localIssue.deadline.invalid");
		}
	}

	@Nullable Long duplicateOfId() {
		return number(duplicateOf);
	}

	@Nullable LocalDate deadlineDate() {
		return date(deadline);
	}

	/** The chosen proposals and the reason typed for each (empty when none was typed). */
	Map<Integer, String> chosenReasons() {
		Map<Integer, String> reasons = new LinkedHashMap<>();
		if (chosen != null) {
			for (Integer index : chosen) {
				if (index != null) {
					String reason = partnerReasons != null && index >= 0 && index < partnerReasons.size()
							? partnerReasons.get(index) : null;
					reasons.put(index, reason == null ? "" : reason);
				}
			}
		}
		return reasons;
	}

	/** The reason typed for a proposal, for the form shown again. */
	public String partnerReason(int index) {
		String reason = partnerReasons != null && index < partnerReasons.size() ? partnerReasons.get(index) : null;
		return reason == null ? "" : reason;
	}

	public boolean isChosen(int index) {
		return chosen != null && chosen.contains(index);
	}

	private static @Nullable Long number(@Nullable String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return Long.parseLong(text.strip().replaceFirst("^#", ""));
		}
		catch (NumberFormatException invalid) {
			return null;
		}
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (blank(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException invalid) {
			return null;
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
