package jp.tomoni.proposals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.JapaneseText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A call as staff type it: dates as text (the deadline a date and a time in Japan), the criteria as rows of parallel
 * lists (a row with neither name nor weight is left out), the suitability items and reviewers chosen. Values that are
 * not dates or numbers are rejected on their field and come back as typed.
 */
record CallForm(@NotNull @Nullable CallKind kind, @NotBlank @Size(max = 200) @Nullable String title,
		@Nullable String departmentCode, @Size(max = 1000) @Nullable String theme,
		@Size(max = 4000) @Nullable String problem, @Nullable String budgetCeiling,
		@NotBlank @Nullable String consultationFrom, @NotBlank @Nullable String consultationTo,
		@NotBlank @Nullable String submissionDeadline, @NotBlank @Nullable String reviewFrom,
		@NotBlank @Nullable String reviewTo, @NotBlank @Nullable String decisionDate,
		@NotBlank @Size(max = 4000) @Nullable String eligibility, @Nullable List<@Nullable String> criterionCode,
		@Nullable List<@Nullable @Size(max = 100) String> criterionName,
		@Nullable List<@Nullable @Size(max = 1000) String> criterionDescription,
		@Nullable List<@Nullable String> criterionWeight, @Nullable List<String> suitability,
		@Nullable List<Long> reviewers) {

	/** Blank rows offered under the criteria, for staff to add their own. */
	static final int SPARE_ROWS = 2;

	/** A new call: the master list's criteria with their default weights, and every suitability item asked. */
	static CallForm fresh(List<ReviewCriteria.Option> criteria, List<SuitabilityItems.Item> items) {
		return new CallForm(CallKind.CITY_THEMED, "", "", "", "", "", "", "", "", "", "", "", "",
				criteria.stream().map(ReviewCriteria.Option::code).toList(),
				criteria.stream().map(ReviewCriteria.Option::name).toList(),
				criteria.stream().map(c -> "").toList(),
				criteria.stream().map(c -> Integer.toString(c.defaultWeight())).toList(),
				items.stream().map(SuitabilityItems.Item::code).toList(), List.of());
	}

	/** The form of a saved call. */
	static CallForm of(ProposalCall call) {
		List<CallCriterion> criteria = call.criteria();
		return new CallForm(call.kind(), call.title(), text(call.departmentCode()), text(call.theme()),
				text(call.problem()), call.budgetCeiling() == null ? "" : Long.toString(call.budgetCeiling()),
				call.consultationFrom().toString(), call.consultationTo().toString(),
				LocalDateTime.ofInstant(call.submissionDeadline(), FiscalYear.JAPAN).toString(),
				call.reviewFrom().toString(), call.reviewTo().toString(), call.decisionDate().toString(),
				call.eligibility(), criteria.stream().map(c -> text(c.code())).toList(),
				criteria.stream().map(CallCriterion::name).toList(),
				criteria.stream().map(c -> text(c.description())).toList(),
				criteria.stream().map(c -> Integer.toString(c.weight())).toList(), call.suitability(),
				List.copyOf(call.reviewers()));
	}

	/** Rejects dates, times and numbers that are not, each on its field. */
	void checkIn(Errors errors) {
		for (String field : List.of("consultationFrom", "consultationTo", "reviewFrom", "reviewTo", "decisionDate")) {
			String value = (String) errors.getFieldValue(field);
			if (!blank(value) && date(value) == null) {
				errors.rejectValue(field, "proposalCall.date.invalid",
						new Object[] { new DefaultMessageSourceResolvable("callForm." + field) }, null);
			}
		}
		if (!blank(submissionDeadline) && dateTime(submissionDeadline) == null) {
			errors.rejectValue("submissionDeadline", "proposalCall.dateTime.invalid");
		}
		if (!blank(budgetCeiling) && number(budgetCeiling) == null) {
			errors.rejectValue("budgetCeiling", "proposalCall.budgetCeiling.invalid");
		}
		List<String> names = list(criterionName);
		List<String> weights = list(criterionWeight);
		for (int i = 0; i < Math.max(names.size(), weights.size()); i++) {
			String weight = i < weights.size() ? weights.get(i) : "";
			if (!blank(weight) && number(weight) == null) {
				errors.reject("proposalCall.criteria.weight", new Object[] { i + 1, ReviewCriterion.MAX_WEIGHT }, null);
			}
		}
	}

	/** The call as the aggregate takes it; only once {@link #checkIn} and bean validation found nothing. */
	CallDetails toDetails() {
		List<CallCriterion> criteria = new ArrayList<>();
		List<String> codes = list(criterionCode);
		List<String> names = list(criterionName);
		List<String> descriptions = list(criterionDescription);
		List<String> weights = list(criterionWeight);
		for (int i = 0; i < Math.max(names.size(), weights.size()); i++) {
			String name = at(names, i);
			String weight = at(weights, i);
			if (name.isEmpty() && weight.isEmpty()) {
				continue;
			}
			Long value = number(weight);
			criteria.add(new CallCriterion(at(codes, i).isEmpty() ? null : at(codes, i), name,
					at(descriptions, i).isEmpty() ? null : at(descriptions, i),
					value == null || value > Integer.MAX_VALUE ? 0 : value.intValue()));
		}
		Set<Long> chosenReviewers = reviewers == null ? Set.of() : new LinkedHashSet<>(reviewers);
		return new CallDetails(kind == null ? CallKind.OPEN : kind, text(title), blankToNull(departmentCode),
				blankToNull(theme), blankToNull(problem), number(budgetCeiling), date(consultationFrom),
				date(consultationTo), dateTime(submissionDeadline).atZone(FiscalYear.JAPAN).toInstant(),
				date(reviewFrom), date(reviewTo), date(decisionDate), text(eligibility), criteria,
				suitability == null ? List.of() : suitability.stream().distinct().toList(), chosenReviewers);
	}

	/** How many criterion rows the form shows: those typed and a few blank ones. */
	public int rows() {
		return Math.max(list(criterionName).size(), list(criterionWeight).size()) + SPARE_ROWS;
	}

	public String criterionCodeAt(int i) {
		return at(list(criterionCode), i);
	}

	public String criterionNameAt(int i) {
		return at(list(criterionName), i);
	}

	public String criterionDescriptionAt(int i) {
		return at(list(criterionDescription), i);
	}

	public String criterionWeightAt(int i) {
		return at(list(criterionWeight), i);
	}

	public boolean asks(String code) {
		return suitability != null && suitability.contains(code);
	}

	public boolean hasReviewer(long id) {
		return reviewers != null && reviewers.contains(id);
	}

	private static List<String> list(@Nullable List<@Nullable String> values) {
		return values == null ? List.of() : values.stream().map(CallForm::text).toList();
	}

	private static String at(List<String> values, int i) {
		return i < values.size() ? values.get(i) : "";
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return blank(value) ? null : value.strip();
	}

	static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	static @Nullable LocalDate date(@Nullable String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(JapaneseText.normalize(value).strip());
		}
		catch (DateTimeParseException invalid) {
			return null;
		}
	}

	static @Nullable LocalDateTime dateTime(@Nullable String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDateTime.parse(JapaneseText.normalize(value).strip().replace(' ', 'T'));
		}
		catch (DateTimeParseException invalid) {
			return null;
		}
	}

	/** A whole number, with or without thousands separators (1,000,000 or １０００００). */
	static @Nullable Long number(@Nullable String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Long.parseLong(JapaneseText.normalize(value).strip().replace(",", "").replace("円", ""));
		}
		catch (NumberFormatException invalid) {
			return null;
		}
	}
}
