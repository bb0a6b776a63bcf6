package jp.tomoni.groups;

import java.time.Instant;

/** An invitation as the group's administrators see it. */
public record InvitationView(long id, String email, MemberRole role, InvitationStatus status, Instant createdAt,
		Instant expiresAt) {
}
