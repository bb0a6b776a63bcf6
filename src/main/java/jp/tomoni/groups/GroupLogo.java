package jp.tomoni.groups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group's logo as re-encoded by {@link LogoImages}; one per group, replaced as a whole. */
@Entity
@Table(name = "civic_group_logo")
class GroupLogo {

	@Id
	@Column(name = "group_id")
	private Long groupId;

	@Column(name = "content_type", nullable = false, length = 20)
	private String contentType;

	@Column(name = "image", nullable = false)
	private byte[] image;

	@Column(nullable = false, length = 64)
	private String sha256;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected GroupLogo() {
	}

	GroupLogo(long groupId) {
		this.groupId = groupId;
	}

	void replace(LogoImages.Logo logo, String sha256, Instant now) {
		this.contentType = logo.contentType();
		this.image = logo.bytes();
		this.sha256 = sha256;
		this.width = logo.width();
		this.height = logo.height();
		this.updatedAt = now;
	}

	LogoView toView(boolean publicGroup) {
		return new LogoView(groupId, contentType, image.clone(), sha256, width, height, updatedAt, publicGroup);
	}
}
