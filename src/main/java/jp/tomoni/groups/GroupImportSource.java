package jp.tomoni.groups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where an imported group came from and what its imported values were (table {@code group_import_source}). */
@Entity
@Table(name = "group_import_source")
class GroupImportSource {

	@Id
	@Column(name = "group_id")
	private Long groupId;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "source_format", nullable = false, length = 20)
	private String sourceFormat;

	@Column(name = "source_id", nullable = false, length = 300)
	private String sourceId;

	@Column(name = "content_hash", nullable = false, length = 64)
	private String contentHash;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	protected GroupImportSource() {
	}

	GroupImportSource(long groupId, String municipalityCode, String sourceFormat, String sourceId, String contentHash,
			Instant importedAt) {
		this.groupId = groupId;
		this.municipalityCode = municipalityCode;
		this.sourceFormat = sourceFormat;
		this.sourceId = sourceId;
		this.contentHash = contentHash;
		this.importedAt = importedAt;
	}

	void imported(String sourceFormat, String sourceId, String contentHash, Instant now) {
		this.sourceFormat = sourceFormat;
		this.sourceId = sourceId;
		this.contentHash = contentHash;
		this.importedAt = now;
	}

	Long groupId() {
		return groupId;
	}

	String sourceFormat() {
		return sourceFormat;
	}

	String sourceId() {
		return sourceId;
	}

	String contentHash() {
		return contentHash;
	}
}
