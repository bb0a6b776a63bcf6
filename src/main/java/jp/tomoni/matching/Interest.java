package jp.tomoni.matching;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * Interest between a post and something on the other side (a post, a talent-bank entry, a group): who on each side
 * pressed 関心あり and when, whether a coordinator was asked to mediate, and the introduction the coordinator recorded.
 * Contact details are shared exactly when both sides pressed ({@link #mutual()}).
 */
@Entity
@Table(name = "match_interest")
class Interest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(name = "post_id", nullable = false)
	private long postId;

	@Enumerated(EnumType.STRING)
	@Column(name = "counterpart_type", nullable = false, length = 10)
	private CounterpartType counterpartType;

	@Column(name = "counterpart_id", nullable = false)
	private long counterpartId;

	@Column(name = "post_side_by")
	private @Nullable Long postSideBy;

	@Column(name = "post_side_at")
	private @Nullable Instant postSideAt;

	@Column(name = "counterpart_side_by")
	private @Nullable Long counterpartSideBy;

	@Column(name = "counterpart_side_at")
	private @Nullable Instant counterpartSideAt;

	@Column(name = "coordinator_asked_at")
	private @Nullable Instant coordinatorAskedAt;

	@Column(name = "introduced_at")
	private @Nullable Instant introducedAt;

	@Column(name = "introduced_by")
	private @Nullable Long introducedBy;

	@Column(name = "introduction_note", length = 1000)
	private @Nullable String introductionNote;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Interest() {
	}

	Interest(String municipalityCode, long postId, CounterpartType counterpartType, long counterpartId, Instant now) {
		this.municipalityCode = municipalityCode;
		this.postId = postId;
		this.counterpartType = counterpartType;
		this.counterpartId = counterpartId;
		this.createdAt = now;
	}

	/** The post's side pressed 関心あり; true when this made the interest mutual. */
	boolean fromPostSide(long accountId, Instant now) {
		if (postSideAt != null) {
			return false;
		}
		postSideBy = accountId;
		postSideAt = now;
		return mutual();
	}

	/** The other side pressed 関心あり; true when this made the interest mutual. */
	boolean fromCounterpartSide(long accountId, Instant now) {
		if (counterpartSideAt != null) {
			return false;
		}
		counterpartSideBy = accountId;
		counterpartSideAt = now;
		return mutual();
	}

	void askCoordinator(Instant now) {
		if (coordinatorAskedAt == null) {
			coordinatorAskedAt = now;
		}
	}

	void introduced(long staffAccountId, @Nullable String note, Instant now) {
		introducedAt = now;
		introducedBy = staffAccountId;
		introductionNote = note;
	}

	boolean mutual() {
		return postSideAt != null && counterpartSideAt != null;
	}

	/** Forgets a person who pressed on either side (their account is deleted): the interest is no longer mutual. */
	void forget(long accountId) {
		if (postSideBy != null && postSideBy == accountId) {
			postSideBy = null;
			postSideAt = null;
		}
		if (counterpartSideBy != null && counterpartSideBy == accountId) {
			counterpartSideBy = null;
			counterpartSideAt = null;
		}
	}

	Long id() {
		return id;
	}

	long postId() {
		return postId;
	}

	CounterpartType counterpartType() {
		return counterpartType;
	}

	long counterpartId() {
		return counterpartId;
	}

	@Nullable Long postSideBy() {
		return postSideBy;
	}

	@Nullable Instant postSideAt() {
		return postSideAt;
	}

	@Nullable Long counterpartSideBy() {
		return counterpartSideBy;
	}

	@Nullable Instant counterpartSideAt() {
		return counterpartSideAt;
	}

	@Nullable Instant coordinatorAskedAt() {
		return coordinatorAskedAt;
	}

	@Nullable Instant introducedAt() {
		return introducedAt;
	}

	@Nullable String introductionNote() {
		return introductionNote;
	}

	Instant createdAt() {
		return createdAt;
	}
}
