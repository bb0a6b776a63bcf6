package jp.tomoni.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

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
import jakarta.persistence.Version;
import jp.tomoni.shared.Role;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A person's account. Behaviour lives here; there are no public setters. */
@Entity
@Indexed(index = "account-v2")
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField
	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	@KeywordField(normalizer = "lowercase")
	@FullTextField(name = "emailText", analyzer = "ngram")
	@Column(nullable = false, length = 254)
	private String email;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@FullTextField(analyzer = "japanese")
	@FullTextField(name = "fullNameReading", analyzer = "japanese_reading")
	@FullTextField(name = "fullNameNgram", analyzer = "ngram")
	@Column(name = "full_name", nullable = false, length = 100)
	private String fullName;

	@FullTextField(analyzer = "ngram")
	@KeywordField(name = "fullNameKanaSort", normalizer = "sort", sortable = org.hibernate.search.engine.backend.types.Sortable.YES)
	@Column(name = "full_name_kana", nullable = false, length = 200)
	private String fullNameKana;

	@FullTextField(analyzer = "japanese")
	@FullTextField(name = "displayNameNgram", analyzer = "ngram")
	@Column(name = "display_name", nullable = false, length = 50)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AccountStatus status;

	@Column(name = "email_verified_at")
	private Instant emailVerifiedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@KeywordField(name = "roles")
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role", length = 30)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected Account() {
	}

	private Account(String municipalityCode, String email, String passwordHash, Profile profile, Instant now) {
		this.municipalityCode = municipalityCode;
		this.email = email;
		this.passwordHash = passwordHash;
		this.fullName = profile.fullName();
		this.fullNameKana = profile.fullNameKana();
		this.displayName = profile.displayName();
		this.createdAt = now;
		this.updatedAt = now;
		this.roles.add(Role.CITIZEN);
	}

	/** A resident who signed up: pending until the address is confirmed. */
	static Account signUp(String municipalityCode, String email, String passwordHash, Profile profile, Instant now) {
		Account account = new Account(municipalityCode, email, passwordHash, profile, now);
		account.status = AccountStatus.PENDING;
		return account;
	}

	/**
	 * An account an administrator creates, with its roles. Its address counts as confirmed once its holder
	 * sets a password through the link mailed to it.
	 */
	static Account createdByAdministrator(String municipalityCode, String email, String unusablePasswordHash,
			Profile profile, Set<Role> roles, Instant now) {
		Account account = new Account(municipalityCode, email, unusablePasswordHash, profile, now);
		account.status = AccountStatus.PENDING;
		account.roles.addAll(roles);
		return account;
	}

	/** Demonstration accounts are active from the start. */
	static Account demo(String municipalityCode, String email, String passwordHash, Profile profile, Set<Role> roles,
			Instant now) {
		Account account = createdByAdministrator(municipalityCode, email, passwordHash, profile, roles, now);
		account.confirmEmail(now);
		return account;
	}

	void confirmEmail(Instant now) {
		if (status == AccountStatus.PENDING) {
			status = AccountStatus.ACTIVE;
			emailVerifiedAt = now;
			updatedAt = now;
		}
	}

	/** A password set through a reset link also proves the address. */
	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		confirmEmail(now);
		this.updatedAt = now;
	}

	void updateProfile(Profile profile, Instant now) {
		this.fullName = profile.fullName();
		this.fullNameKana = profile.fullNameKana();
		this.displayName = profile.displayName();
		this.updatedAt = now;
	}

	/** Replaces the roles; every account keeps the citizen role. */
	void assignRoles(Set<Role> newRoles, Instant now) {
		this.roles.clear();
		this.roles.add(Role.CITIZEN);
		this.roles.addAll(newRoles);
		this.updatedAt = now;
	}

	boolean isActive() {
		return status == AccountStatus.ACTIVE;
	}

	Long id() {
		return id;
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	Profile profile() {
		return new Profile(fullName, fullNameKana, displayName);
	}

	Set<Role> roles() {
		return Set.copyOf(roles);
	}

	AccountView toView() {
		return new AccountView(id, email, fullName, fullNameKana, displayName, status.name(), Set.copyOf(roles),
				createdAt, updatedAt, emailVerifiedAt);
	}

	/** 氏名, フリガナ (katakana) and 表示名. */
	record Profile(String fullName, String fullNameKana, String displayName) {
	}
}
