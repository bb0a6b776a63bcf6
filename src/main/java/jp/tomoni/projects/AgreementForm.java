package jp.tomoni.projects;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The staff's draft of an agreement, as typed: dates are text so that a wrong one comes back with the rest. The
 * duties are one entry per party, in the order of {@link Agreements#parties}.
 */
record AgreementForm(@NotBlank @Size(max = 4000) @Nullable String purpose,
		@Nullable List<@Nullable String> duties, @NotBlank @Size(max = 4000) @Nullable String costSplit,
		@NotBlank @Nullable String periodStart, @NotBlank @Nullable String periodEnd,
		@NotBlank @Size(max = 4000) @Nullable String personalInformation,
		@NotBlank @Size(max = 4000) @Nullable String reportsDue,
		@NotBlank @Size(max = 4000) @Nullable String termination, @NotBlank @Nullable String concludedOn) {

	static final int MAX_DUTIES = 2000;

	/** A first draft from the project: its period, and each partner's role as its duties. */
	static AgreementForm of(ProjectView project, List<String> parties, LocalDate today) {
		List<String> duties = new ArrayList<>();
		for (int i = 0; i < parties.size(); i++) {
			duties.add(i < project.partners().size() ? project.partners().get(i).role() : "");
		}
		LocalDate end = project.endDate();
		return new AgreementForm(project.summary(), duties, "", project.startDate().toString(),
				end == null ? "" : end.toString(), "", "", "", today.toString());
	}

	/** The next draft from the latest version's terms. */
	static AgreementForm of(AgreementTerms t) {
		return new AgreementForm(t.purpose(), t.parties().stream().map(AgreementTerms.Party::duties).toList(),
				t.costSplit(), t.periodStart().toString(), t.periodEnd().toString(), t.personalInformation(),
				t.reportsDue(), t.termination(), t.concludedOn().toString());
	}

	/** The duties line by line, as many as there are parties. */
	List<String> dutyLines(int parties) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < parties; i++) {
			String value = duties == null || i >= duties.size() ? null : duties.get(i);
			lines.add(value == null ? "" : value);
		}
		return lines;
	}

	/** What bean validation cannot say: dates that are not dates, a party without duties (numbered from 1). */
	void checkIn(Errors errors, List<String> parties) {
		for (String field : List.of("periodStart", "periodEnd", "concludedOn")) {
			String value = (String) errors.getFieldValue(field);
			if (value != null && !value.isBlank() && date(value) == null) {
				errors.rejectValue(field, "project.date.invalid", new Object[] { label(field) }, null);
			}
		}
		List<String> lines = dutyLines(parties.size());
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				errors.rejectValue("duties", "agreement.duties.missing", new Object[] { parties.get(i) }, null);
			}
			else if (lines.get(i).strip().length() > MAX_DUTIES) {
				errors.rejectValue("duties", "agreement.duties.tooLong", new Object[] { parties.get(i), MAX_DUTIES },
						null);
			}
		}
	}

	/** The checked form as terms. */
	AgreementTerms toTerms(List<String> parties) {
		List<String> lines = dutyLines(parties.size());
		List<AgreementTerms.Party> list = new ArrayList<>();
		for (int i = 0; i < parties.size(); i++) {
			list.add(new AgreementTerms.Party(parties.get(i), lines.get(i).strip()));
		}
		return new AgreementTerms(text(purpose), list, text(costSplit), required(periodStart), required(periodEnd),
				text(personalInformation), text(reportsDue), text(termination), required(concludedOn));
	}

	private static DefaultMessageSourceResolvable label(String field) {
		return new DefaultMessageSourceResolvable("agreementForm." + field);
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException invalid) {
			return null;
		}
	}

	private static LocalDate required(@Nullable String text) {
		LocalDate date = date(text);
		if (date == null) {
			throw new IllegalStateException("a date not checked by checkIn");
		}
		return date;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}
}
