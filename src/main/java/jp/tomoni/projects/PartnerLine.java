package jp.tomoni.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/** A partner of a project as stored: a group's name is the directory's at the last save, so the record reads alone. */
@Embeddable
class PartnerLine {

	@Column(name = "group_id")
	private @Nullable Long groupId;

	@Column(name = "party_name", nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "party_kind", nullable = false, length = 20)
	private PartnerKind kind;

	@Column(name = "role", nullable = false, length = 500)
	private String role;

	@Column(name = "reason", length = 1000)
	private @Nullable String reason;

	protected PartnerLine() {
	}

	PartnerLine(ProjectPartner partner) {
		this.groupId = partner.groupId();
		this.name = partner.name();
		this.kind = partner.kind();
		this.role = partner.role();
		this.reason = partner.reason();
	}

	ProjectPartner toPartner() {
		return new ProjectPartner(groupId, name, kind, role, reason);
	}

	/** Who the partner is, whatever its role: the group, or the outside party by kind and name. */
	String key() {
		return groupId != null ? "group:" + groupId : kind + ":" + name.strip();
	}
}
