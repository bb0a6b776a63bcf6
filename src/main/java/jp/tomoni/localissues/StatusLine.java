package jp.tomoni.localissues;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * One change of status: to what, by whom (their name as it was, shown to staff only), when, and the note the poster
 * reads. The deadline passing is written by nobody ({@code actorId} null).
 */
@Embeddable
class StatusLine {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private IssueStatus status;

	@Column(name = "actor_id")
	private @Nullable Long actorId;

	@Column(name = "actor_name", length = 200)
	private @Nullable String actorName;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(length = 2000)
	private @Nullable String note;

	protected StatusLine() {
	}

	StatusLine(IssueStatus status, @Nullable Actor actor, Instant changedAt, @Nullable String note) {
		this.status = status;
		this.actorId = actor == null ? null : actor.accountId();
		this.actorName = actor == null ? null : actor.name();
		this.changedAt = changedAt;
		this.note = note;
	}

	IssueStatus status() {
		return status;
	}

	@Nullable Long actorId() {
		return actorId;
	}

	@Nullable String actorName() {
		return actorName;
	}

	Instant changedAt() {
		return changedAt;
	}

	@Nullable String note() {
		return note;
	}

	void forgetActor() {
		this.actorId = null;
		this.actorName = null;
	}
}
