package jp.tomoni.patronage;

import java.time.Instant;
import java.util.Set;

import jp.tomoni.projects.DepartmentView;
import org.jspecify.annotations.Nullable;

/** An application as its group, the staff and (once approved) the public see it. */
public record PatronageView(long id, long groupId, String groupName, long eventId, String eventName,
		PatronageKind kind, DepartmentView department, String purpose,
		@Nullable Integer expectedParticipants, Set<String> conditionsConfirmed, PatronageStatus status,
		Instant appliedAt, @Nullable Instant decidedAt, @Nullable String reasons, @Nullable Long projectId) {
}
