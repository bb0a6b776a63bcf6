package jp.tomoni.projects;

import org.jspecify.annotations.Nullable;

/**
 * A partner of a project, with its role in it and the reason it was chosen.
 *
 * @param groupId the group of the directory, for {@link PartnerKind#GROUP}; {@code null} for an outside party
 * @param name the outside party's name; for a group, its name in the directory (given or not, the directory's is kept)
 * @param reason why this partner was chosen: required for a business
 */
public record ProjectPartner(@Nullable Long groupId, String name, PartnerKind kind, String role,
		@Nullable String reason) {
}
