package jp.tomoni.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "outbox_mail")
class OutboxMail {

	enum Delivery {
		/** Kept in the outbox only: no mail server is configured. */
		KEPT, SENT, FAILED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(nullable = false, length = 254)
	private String recipient;

	@Column(nullable = false, length = 300)
	private String subject;

	@Column(nullable = false, length = 20000)
	private String body;

	@Column(name = "reply_to", length = 254)
	private String replyTo;

	/** Extra header fields, one {@code Name: value} a line (the newsletter's List-Unsubscribe). */
	@Column(length = 2000)
	private String headers;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Delivery delivery;

	@Column(length = 500)
	private String failure;

	protected OutboxMail() {
	}

	OutboxMail(String municipalityCode, MailMessage message, Instant now) {
		this.municipalityCode = municipalityCode;
		this.recipient = message.to();
		this.subject = message.subject();
		this.body = message.body();
		this.replyTo = message.replyTo();
		this.headers = message.headers().isEmpty() ? null : message.headers()
			.entrySet()
			.stream()
			.map(header -> header.getKey() + ": " + header.getValue())
			.sorted()
			.collect(java.util.stream.Collectors.joining("\n"));
		this.createdAt = now;
		this.delivery = Delivery.KEPT;
	}

	void sent(Instant at) {
		this.delivery = Delivery.SENT;
		this.sentAt = at;
		this.failure = null;
	}

	void failed(String reason) {
		this.delivery = Delivery.FAILED;
		this.failure = reason.length() > 500 ? reason.substring(0, 500) : reason;
	}

	OutboxMailView toView() {
		return new OutboxMailView(id, recipient, subject, body, createdAt, sentAt, delivery.name(), replyTo,
				headerMap());
	}

	MailMessage toMessage() {
		return new MailMessage(recipient, subject, body, replyTo, headerMap());
	}

	private java.util.Map<String, String> headerMap() {
		java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
		if (headers != null) {
			for (String line : headers.split("\n")) {
				int colon = line.indexOf(": ");
				if (colon > 0) {
					map.put(line.substring(0, colon), line.substring(colon + 2));
				}
			}
		}
		return map;
	}

	Long id() {
		return id;
	}
}
