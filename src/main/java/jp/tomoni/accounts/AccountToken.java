package jp.tomoni.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use, expiring token mailed to an account holder. Only its SHA-256 hash is stored. */
@Entity
@Table(name = "account_token")
class AccountToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private TokenPurpose purpose;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AccountToken() {
	}

	AccountToken(long accountId, TokenPurpose purpose, String tokenHash, Instant now) {
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(purpose.validity());
	}

	boolean isUsable(TokenPurpose expected, Instant now) {
		return purpose == expected && usedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	Long accountId() {
		return accountId;
	}

	TokenPurpose purpose() {
		return purpose;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant usedAt() {
		return usedAt;
	}

	Instant expiresAt() {
		return expiresAt;
	}
}
