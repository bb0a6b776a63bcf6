package jp.tomoni.localissues;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.tomoni.shared.SafeImages;

/** The photo of an issue as re-encoded by {@link SafeImages}: kept apart, read only when it is served. */
@Entity
@Table(name = "local_issue_photo")
class IssuePhoto {

	@Id
	@Column(name = "issue_id")
	private Long issueId;

	@Column(name = "content_type", nullable = false, length = 20)
	private String contentType;

	@Column(name = "image", nullable = false)
	private byte[] image;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected IssuePhoto() {
	}

	IssuePhoto(long issueId, SafeImages.Reencoded photo, Instant now) {
		this.issueId = issueId;
		this.contentType = photo.contentType();
		this.image = photo.bytes();
		this.width = photo.width();
		this.height = photo.height();
		this.updatedAt = now;
	}

	String contentType() {
		return contentType;
	}

	byte[] image() {
		return image.clone();
	}
}
