package jp.tomoni.newsletter;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A subscription by e-mail. Pending until the mailed confirmation link is used (only that token's hash is stored);
 * its manage token opens the preferences and the unsubscribe page from every mail (docs/decisions/0042).
 */
@Entity
@Table(name = "newsletter_subscriber")
class NewsletterSubscriber {

	static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@Column(nullable = false, length = 254)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private SubscriberStatus status;

	@Column(name = "field_codes", nullable = false, length = 200)
	private String fieldCodes;

	@Column(name = "area_codes", nullable = false, length = 2000)
	private String areaCodes;

	@Column(nullable = false, length = 10)
	private String language;

	@Column(name = "confirm_token_hash", length = 64)
	private String confirmTokenHash;

	@Column(name = "confirm_expires_at")
	private Instant confirmExpiresAt;

	@Column(name = "manage_token", nullable = false, length = 64)
	private String manageToken;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "last_digest_week")
	private LocalDate lastDigestWeek;

	protected NewsletterSubscriber() {
	}

	NewsletterSubscriber(String municipalityCode, String email, String manageToken, Instant now) {
		this.municipalityCode = municipalityCode;
		this.email = email;
		this.manageToken = manageToken;
		this.createdAt = now;
		this.status = SubscriberStatus.PENDING;
		this.fieldCodes = "";
		this.areaCodes = "";
		this.language = "ja";
	}

	/** A new confirmation link replaces any earlier one. */
	void awaitConfirmation(String tokenHash, Instant now) {
		this.confirmTokenHash = tokenHash;
		this.confirmExpiresAt = now.plus(CONFIRMATION_VALIDITY);
	}

	boolean isConfirmable(Instant now) {
		return status == SubscriberStatus.PENDING && confirmTokenHash != null && now.isBefore(confirmExpiresAt);
	}

	/** The token is single-use: its hash is forgotten once used. */
	void confirm(Instant now) {
		this.status = SubscriberStatus.ACTIVE;
		this.confirmedAt = now;
		this.confirmTokenHash = null;
		this.confirmExpiresAt = null;
	}

	void choose(Collection<String> fields, Collection<String> areas, String language) {
		this.fieldCodes = join(fields);
		this.areaCodes = join(areas);
		this.language = language;
	}

	/** Marks this week's digest as sent; {@code false} when it already was (never twice a week). */
	boolean digestSent(LocalDate weekStart) {
		if (lastDigestWeek != null && !lastDigestWeek.isBefore(weekStart)) {
			return false;
		}
		this.lastDigestWeek = weekStart;
		return true;
	}

	boolean digestAlreadySent(LocalDate weekStart) {
		return lastDigestWeek != null && !lastDigestWeek.isBefore(weekStart);
	}

	boolean isActive() {
		return status == SubscriberStatus.ACTIVE;
	}

	Long id() {
		return id;
	}

	String email() {
		return email;
	}

	String manageToken() {
		return manageToken;
	}

	String language() {
		return language;
	}

	SubscriberStatus status() {
		return status;
	}

	Instant createdAt() {
		return createdAt;
	}

	Set<String> fields() {
		return split(fieldCodes);
	}

	Set<String> areas() {
		return split(areaCodes);
	}

	private static String join(Collection<String> codes) {
		return String.join(";", new TreeSet<>(codes));
	}

	private static Set<String> split(String codes) {
		return codes.isEmpty() ? Set.of()
				: Arrays.stream(codes.split(";")).collect(Collectors.toCollection(TreeSet::new));
	}
}
