package jp.tomoni.matching;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The form of a need or an offer, as typed: choices and dates come back as text, so that a wrong value is refused on
 * its field with the rest of what was entered kept. {@code poster} is {@code self}, {@code city} (staff) or a group id.
 */
record PostForm(@NotBlank @Nullable String side, @Nullable String poster,
		@NotBlank @Size(max = 200) @Nullable String title, @NotBlank @Size(max = 4000) @Nullable String description,
		@NotEmpty @Nullable Set<String> kinds, @Nullable Set<String> skillCodes, @Nullable Set<String> fieldCodes,
		@Nullable Set<String> areaCodes, @Nullable String startsOn, @Nullable String endsOn) {

	static PostForm empty(PostSide side) {
		return new PostForm(side.name(), "self", "", "", Set.of(), Set.of(), Set.of(), Set.of(), "", "");
	}

	public boolean has(@Nullable Set<String> chosen, String code) {
		return chosen != null && chosen.contains(code);
	}

	void checkIn(Errors errors) {
		if (!blank(side) && value(PostSide.class, side) == null) {
			errors.rejectValue("side", "matching.choice.unknown");
		}
		if (kinds != null && kinds.stream().anyMatch(k -> value(PostKind.class, k) == null)) {
			errors.rejectValue("kinds", "matching.choice.unknown");
		}
		if (!blank(poster) && !"self".equals(poster) && !"city".equals(poster) && !poster.matches("\\d{1,18}")) {
			errors.rejectValue("poster", "matching.choice.unknown");
		}
		if (!blank(startsOn) && date(startsOn) == null) {
			errors.rejectValue("startsOn", "matching.date.invalid");
		}
		if (!blank(endsOn) && date(endsOn) == null) {
			errors.rejectValue("endsOn", "matching.date.invalid");
		}
	}

	PostCommand toCommand() {
		Set<PostKind> kindSet = EnumSet.noneOf(PostKind.class);
		if (kinds != null) {
			kinds.forEach(k -> kindSet.add(PostKind.valueOf(k.trim())));
		}
		Long groupId = poster != null && poster.matches("\\d{1,18}") ? Long.valueOf(poster) : null;
		return new PostCommand(PostSide.valueOf(side.trim()), groupId, "city".equals(poster), title.trim(),
				description.trim(), kindSet, codes(skillCodes), codes(fieldCodes), codes(areaCodes),
				blank(startsOn) ? null : date(startsOn), blank(endsOn) ? null : date(endsOn));
	}

	private static Set<String> codes(@Nullable Set<String> codes) {
		return codes == null ? Set.of()
				: codes.stream().filter(c -> c != null && !c.isBlank()).collect(Collectors.toSet());
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E value(Class<E> type, String name) {
		try {
			return Enum.valueOf(type, name.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
