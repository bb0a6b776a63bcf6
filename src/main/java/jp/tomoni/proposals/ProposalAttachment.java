package jp.tomoni.proposals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a proposal: a PDF as uploaded (checked to be one), or an image made anew (decision 0066). */
@Entity
@Table(name = "proposal_attachment")
class ProposalAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "proposal_id", nullable = false)
	private long proposalId;

	@Column(name = "file_name", nullable = false, length = 200)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 50)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "content", nullable = false)
	private byte[] content;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected ProposalAttachment() {
	}

	ProposalAttachment(long proposalId, String fileName, String contentType, byte[] content, Instant uploadedAt) {
		this.proposalId = proposalId;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content.clone();
		this.sizeBytes = content.length;
		this.uploadedAt = uploadedAt;
	}

	long id() {
		return id;
	}

	long proposalId() {
		return proposalId;
	}

	String fileName() {
		return fileName;
	}

	String contentType() {
		return contentType;
	}

	long sizeBytes() {
		return sizeBytes;
	}

	byte[] content() {
		return content.clone();
	}
}
