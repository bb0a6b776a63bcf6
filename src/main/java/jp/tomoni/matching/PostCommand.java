package jp.tomoni.matching;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A need or an offer as posted, already checked for form. {@code groupId} when posted on behalf of a group the person
 * administers; {@code asCity} when city staff post for the city.
 */
record PostCommand(PostSide side, @Nullable Long groupId, boolean asCity, String title, String description,
		Set<PostKind> kinds, Set<String> skillCodes, Set<String> fieldCodes, Set<String> areaCodes,
		@Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {

	PostCommand {
		kinds = Set.copyOf(kinds);
		skillCodes = Set.copyOf(skillCodes);
		fieldCodes = Set.copyOf(fieldCodes);
		areaCodes = Set.copyOf(areaCodes);
	}
}
