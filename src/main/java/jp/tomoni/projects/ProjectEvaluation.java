package jp.tomoni.projects;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A project's third-party evaluation by the committee, and whether staff have published the evaluation. */
@Entity
@Table(name = "project_evaluation")
class ProjectEvaluation {

	@Id
	@Column(name = "project_id")
	private Long projectId;

	@Column(length = 4000)
	private @Nullable String assessment;

	@Column(name = "residents_opinions", length = 4000)
	private @Nullable String residentsOpinions;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private @Nullable EvaluationConclusion conclusion;

	@Column(length = 4000)
	private @Nullable String reasons;

	@Column(name = "committee_recorded_by")
	private @Nullable Long committeeRecordedBy;

	@Column(name = "committee_recorded_at")
	private @Nullable Instant committeeRecordedAt;

	@Column(name = "published_by")
	private @Nullable Long publishedBy;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	protected ProjectEvaluation() {
	}

	ProjectEvaluation(long projectId) {
		this.projectId = projectId;
	}

	void recordCommittee(String assessment, String residentsOpinions, EvaluationConclusion conclusion, String reasons,
			long by, Instant now) {
		this.assessment = assessment;
		this.residentsOpinions = residentsOpinions;
		this.conclusion = conclusion;
		this.reasons = reasons;
		this.committeeRecordedBy = by;
		this.committeeRecordedAt = now;
	}

	void publish(long by, Instant now) {
		this.publishedBy = by;
		this.publishedAt = now;
	}

	boolean committeeRecorded() {
		return conclusion != null;
	}

	boolean published() {
		return publishedAt != null;
	}

	@Nullable String assessment() {
		return assessment;
	}

	@Nullable String residentsOpinions() {
		return residentsOpinions;
	}

	@Nullable EvaluationConclusion conclusion() {
		return conclusion;
	}

	@Nullable String reasons() {
		return reasons;
	}

	long projectId() {
		return projectId;
	}

	@Nullable Long committeeRecordedBy() {
		return committeeRecordedBy;
	}

	@Nullable Instant committeeRecordedAt() {
		return committeeRecordedAt;
	}

	@Nullable Long publishedBy() {
		return publishedBy;
	}

	@Nullable Instant publishedAt() {
		return publishedAt;
	}
}
