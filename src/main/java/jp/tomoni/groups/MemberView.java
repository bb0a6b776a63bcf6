package jp.tomoni.groups;

import java.time.Instant;

/** A member of a group as its administrators see it. */
public record MemberView(long accountId, String displayName, String email, MemberRole role, Instant joinedAt) {
}
