package jp.tomoni.groups;

import java.time.Instant;

/**
 * An invitation as its recipient sees it before answering.
 *
 * @param addressMatches whether the signed-in account has the address the invitation was sent to (only that account
 *     may accept it)
 */
public record InvitationDetails(long groupId, String groupName, MemberRole role, String email, Instant expiresAt,
		boolean addressMatches) {
}
