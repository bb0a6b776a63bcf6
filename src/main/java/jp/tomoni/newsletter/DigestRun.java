package jp.tomoni.newsletter;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of the weekly digest: its week, when, how many items and mails (docs/decisions/0044). */
@Entity
@Table(name = "newsletter_digest_run")
class DigestRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "week_start", nullable = false)
	private LocalDate weekStart;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Column(name = "item_count", nullable = false)
	private int itemCount;

	@Column(name = "sent_count", nullable = false)
	private int sentCount;

	@Column(name = "triggered_by", nullable = false, length = 20)
	private String triggeredBy;

	protected DigestRun() {
	}

	DigestRun(String municipalityCode, LocalDate weekStart, String triggeredBy, int itemCount, Instant now) {
		this.municipalityCode = municipalityCode;
		this.weekStart = weekStart;
		this.triggeredBy = triggeredBy;
		this.itemCount = itemCount;
		this.startedAt = now;
	}

	void finish(int sent, Instant now) {
		this.sentCount = sent;
		this.finishedAt = now;
	}

	Long toId() {
		return id;
	}

	Newsletter.DigestRunView toView() {
		return new Newsletter.DigestRunView(weekStart, startedAt, finishedAt, itemCount, sentCount, triggeredBy);
	}
}
