package jp.tomoni.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.tomoni.shared.NoticeTopic;
import org.jspecify.annotations.Nullable;

/** One notice to one person: what happened, where to see it, whether it was read and whether it was also mailed. */
@Entity
@Table(name = "notice")
class Notice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id")
	private long accountId;

	@Enumerated(EnumType.STRING)
	private NoticeTopic topic;

	private String subject;

	private String body;

	private String link;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	private boolean mailed;

	protected Notice() {
	}

	Notice(long accountId, NoticeTopic topic, String subject, String body, String link, Instant createdAt,
			boolean mailed) {
		this.accountId = accountId;
		this.topic = topic;
		this.subject = subject;
		this.body = body;
		this.link = link;
		this.createdAt = createdAt;
		this.mailed = mailed;
	}

	long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	long accountId() {
		return accountId;
	}

	NoticeTopic topic() {
		return topic;
	}

	String subject() {
		return subject;
	}

	String body() {
		return body;
	}

	String link() {
		return link;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant readAt() {
		return readAt;
	}

	boolean mailed() {
		return mailed;
	}

	void read(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}
}
