package jp.tomoni.patronage;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What a group's administrator asks for: which event, which kind, from which department, and why. */
public record PatronageCommand(long groupId, long eventId, PatronageKind kind, String departmentCode, String purpose,
		@Nullable Integer expectedParticipants, Set<String> conditionsConfirmed) {
}
