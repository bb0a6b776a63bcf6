package jp.tomoni.volunteering;

import static jp.tomoni.shared.FormValues.blank;
import static jp.tomoni.shared.FormValues.date;
import static jp.tomoni.shared.FormValues.orNull;
import static jp.tomoni.shared.FormValues.padded;
import static jp.tomoni.shared.FormValues.text;
import static jp.tomoni.shared.FormValues.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The form of an opportunity, as typed: every value is text, so that a wrong date, time or number comes back with
 * the rest of what was entered (checked by {@link #checkIn}). Shifts are up to {@link #SHIFT_LINES} lines of a day, a
 * start, an end, a place and a capacity; an empty line is ignored, a half-filled one refused.
 */
record OpportunityForm(@NotBlank @Size(max = 200) @Nullable String title,
		@NotBlank @Size(max = 4000) @Nullable String description, @Nullable Set<String> fieldCodes,
		@Nullable String areaCode, @Nullable String groupId, @Size(max = 200) @Nullable String organiserName,
		@Size(max = 1000) @Nullable String whatToBring, @Size(max = 1000) @Nullable String skillsWanted,
		@Nullable String minAge, @Nullable String maxAge, @Nullable List<@Nullable String> shiftDates,
		@Nullable List<@Nullable String> shiftStarts, @Nullable List<@Nullable String> shiftEnds,
		@Nullable List<@Size(max = 200) @Nullable String> shiftPlaces,
		@Nullable List<@Nullable String> shiftCapacities, @Nullable String action) {

	static final int SHIFT_LINES = 5;

	static OpportunityForm empty() {
		return new OpportunityForm("", "", Set.of(), "", "", "", "", "", "", "", List.of(), List.of(), List.of(),
				List.of(), List.of(), null);
	}

	public List<@Nullable String> shiftDateLines() {
		return padded(shiftDates, SHIFT_LINES);
	}

	public List<@Nullable String> shiftStartLines() {
		return padded(shiftStarts, SHIFT_LINES);
	}

	public List<@Nullable String> shiftEndLines() {
		return padded(shiftEnds, SHIFT_LINES);
	}

	public List<@Nullable String> shiftPlaceLines() {
		return padded(shiftPlaces, SHIFT_LINES);
	}

	public List<@Nullable String> shiftCapacityLines() {
		return padded(shiftCapacities, SHIFT_LINES);
	}

	/** What bean validation cannot say: numbers, dates and times that are not, shift lines half filled. */
	void checkIn(Errors errors) {
		if (fieldCodes == null || fieldCodes.isEmpty()) {
			errors.rejectValue("fieldCodes", "volunteering.fields.required");
		}
		if (!blank(minAge) && age(minAge) == null) {
			errors.rejectValue("minAge", "volunteering.age.invalid");
		}
		if (!blank(maxAge) && age(maxAge) == null) {
			errors.rejectValue("maxAge", "volunteering.age.invalid");
		}
		if (!blank(groupId) && number(groupId) == null) {
			errors.rejectValue("groupId", "volunteering.choice.unknown");
		}
		int filled = 0;
		for (int i = 0; i < SHIFT_LINES; i++) {
			List<@Nullable String> line = line(i);
			long given = line.stream().filter(v -> !blank(v)).count();
			if (given == 0) {
				continue;
			}
			filled++;
			if (given < line.size()) {
				errors.rejectValue("shiftDates", "volunteering.shift.incomplete", new Object[] { i + 1 }, null);
			}
			else if (date(line.get(0)) == null) {
				errors.rejectValue("shiftDates", "volunteering.shift.invalidDate", new Object[] { i + 1 }, null);
			}
			else if (time(line.get(1)) == null || time(line.get(2)) == null) {
				errors.rejectValue("shiftDates", "volunteering.shift.invalidTime", new Object[] { i + 1 }, null);
			}
			else if (number(line.get(4)) == null) {
				errors.rejectValue("shiftDates", "volunteering.shift.capacity",
						new Object[] { i + 1, Volunteering.MAX_CAPACITY }, null);
			}
		}
		if (filled == 0) {
			errors.rejectValue("shiftDates", "volunteering.shifts.required");
		}
	}

	/** The values as posted; only after {@link #checkIn} found nothing to refuse. */
	OpportunityCommand toCommand() {
		List<ShiftCommand> shifts = new ArrayList<>();
		for (int i = 0; i < SHIFT_LINES; i++) {
			List<@Nullable String> line = line(i);
			if (line.stream().allMatch(jp.tomoni.shared.FormValues::blank)) {
				continue;
			}
			Long capacity = number(line.get(4));
			shifts.add(new ShiftCommand(date(line.get(0)), time(line.get(1)), time(line.get(2)), text(line.get(3)),
					capacity == null ? 0 : (int) Math.min(capacity, Integer.MAX_VALUE)));
		}
		return new OpportunityCommand(text(title), text(description), fieldCodes == null ? Set.of() : Set.copyOf(fieldCodes),
				orNull(areaCode), blank(groupId) ? null : number(groupId), orNull(organiserName), orNull(whatToBring),
				orNull(skillsWanted), age(minAge), age(maxAge), shifts, !"draft".equals(action));
	}

	private List<@Nullable String> line(int i) {
		return java.util.Arrays.asList(shiftDateLines().get(i), shiftStartLines().get(i), shiftEndLines().get(i),
				shiftPlaceLines().get(i), shiftCapacityLines().get(i));
	}

	private static @Nullable Integer age(@Nullable String text) {
		Long value = number(text);
		return value == null || value > 120 ? null : value.intValue();
	}

	private static @Nullable Long number(@Nullable String text) {
		if (blank(text) || !text.strip().matches("\\d{1,9}")) {
			return null;
		}
		return Long.parseLong(text.strip());
	}
}
