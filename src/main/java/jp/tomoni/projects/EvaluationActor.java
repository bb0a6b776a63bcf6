package jp.tomoni.projects;

import java.util.Set;

/**
 * Who records an evaluation: staff record for any party (the city, outside parties) and may record for the
 * committee; a group's administrator records for the groups they administer; a reviewer records for the committee.
 */
record EvaluationActor(long accountId, Set<Long> groupIds, boolean staff, boolean reviewer) {

	EvaluationActor {
		groupIds = Set.copyOf(groupIds);
	}
}
