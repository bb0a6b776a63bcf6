package jp.tomoni.groups;

import org.jspecify.annotations.Nullable;

/**
 * Who is looking: decides which contact details they see.
 *
 * @param accountId the signed-in person, or {@code null} for a visitor or the public API
 * @param staff whether they hold a staff role (coordinator, city staff, administrator)
 */
public record Viewer(@Nullable Long accountId, boolean staff) {

	public static final Viewer ANONYMOUS = new Viewer(null, false);
}
