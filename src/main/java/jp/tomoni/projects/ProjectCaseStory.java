package jp.tomoni.projects;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The case story (協働事例) started from a finished project: the news module's story, by its id (decision 0073). */
@Entity
@Table(name = "project_case_story")
class ProjectCaseStory {

	@Id
	@Column(name = "project_id")
	private Long projectId;

	@Column(name = "story_id", nullable = false)
	private long storyId;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	protected ProjectCaseStory() {
	}

	ProjectCaseStory(long projectId, long storyId, Instant now) {
		this.projectId = projectId;
		this.storyId = storyId;
		this.startedAt = now;
	}

	/** The story was deleted meanwhile (its author's account went): the project links the new one. */
	void replace(long storyId, Instant now) {
		this.storyId = storyId;
		this.startedAt = now;
	}

	long storyId() {
		return storyId;
	}
}
