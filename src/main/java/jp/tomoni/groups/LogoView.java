package jp.tomoni.groups;

import java.time.Instant;

/**
 * A group's logo, ready to serve.
 *
 * @param sha256 the hex SHA-256 of the bytes: the ETag, and the version in the logo's address
 * @param publicGroup whether the group is public (the logo may then be cached by anyone)
 */
public record LogoView(long groupId, String contentType, byte[] bytes, String sha256, int width, int height,
		Instant updatedAt, boolean publicGroup) {
}
