package jp.tomoni.search;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One group of words a search treats as the same, e.g. 子ども,子供,こども. */
@Entity
@Table(name = "search_synonym")
class SearchSynonym {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** {@code null}: a preset shipped for every municipality. */
	@Column(name = "municipality_code", length = 6)
	private String municipalityCode;

	@Column(nullable = false, length = 1000)
	private String terms;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SearchSynonym() {
	}

	SearchSynonym(String municipalityCode, String terms, Instant createdAt) {
		this.municipalityCode = municipalityCode;
		this.terms = terms;
		this.createdAt = createdAt;
	}

	Long id() {
		return id;
	}

	String terms() {
		return terms;
	}

	boolean isPreset() {
		return municipalityCode == null;
	}
}
