package jp.tomoni.projects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One party's evaluation of a project: its self-evaluation (achievements against the plan, a rating, comments) and
 * its mutual evaluation of the partnership, a rating per principle of collaboration. Recorded again, it is replaced.
 */
@Entity
@Table(name = "project_party_evaluation")
class PartyEvaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(name = "party_key", nullable = false, length = 240)
	private String partyKey;

	@Column(name = "party_name", nullable = false, length = 200)
	private String partyName;

	@Column(nullable = false, length = 4000)
	private String achievements;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SelfRating rating;

	@Column(nullable = false, length = 4000)
	private String comments;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "project_principle_rating", joinColumns = @JoinColumn(name = "party_evaluation_id"))
	private List<PrincipleRating> principles = new ArrayList<>();

	/** Who recorded it; {@code null} once they deleted their account (decision 0073). */
	@Column(name = "recorded_by")
	private @Nullable Long recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected PartyEvaluation() {
	}

	PartyEvaluation(long projectId, String partyKey) {
		this.projectId = projectId;
		this.partyKey = partyKey;
	}

	void record(String partyName, String achievements, SelfRating rating, String comments,
			List<PrincipleRating> principles, long recordedBy, Instant now) {
		this.partyName = partyName;
		this.achievements = achievements;
		this.rating = rating;
		this.comments = comments;
		this.principles.clear();
		this.principles.addAll(principles);
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	String partyKey() {
		return partyKey;
	}

	String partyName() {
		return partyName;
	}

	String achievements() {
		return achievements;
	}

	SelfRating rating() {
		return rating;
	}

	String comments() {
		return comments;
	}

	List<PrincipleRating> principles() {
		return List.copyOf(principles);
	}

	long projectId() {
		return projectId;
	}

	Instant recordedAt() {
		return recordedAt;
	}
}
