package jp.tomoni.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.mail.MailMessage;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.search.JapaneseQuery;
import jp.tomoni.shared.JapaneseText;
import jp.tomoni.shared.PersonalDataContributor;
import jp.tomoni.shared.PersonalDataContributor.PersonRef;
import jp.tomoni.shared.Role;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the accounts module. Rule violations are thrown as {@link AccountRuleViolation} with a message code.
 */
@Service
public class AccountManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final JapaneseQuery.Fields SEARCH_FIELDS = new JapaneseQuery.Fields(
			List.of("fullName", "displayName"), List.of("fullNameReading"),
			List.of("fullNameNgram", "displayNameNgram", "emailText", "fullNameKana"));

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final MailOutbox mail;

	private final AuditLog auditLog;

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final AccountsProperties properties;

	private final List<PersonalDataContributor> contributors;

	private final EntityManager entityManager;

	private final JapaneseQuery japaneseQuery;

	private final Clock clock;

	AccountManagement(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, MailOutbox mail, AuditLog auditLog, Municipalities municipalities,
			MessageSource messages, AccountsProperties properties, List<PersonalDataContributor> contributors,
			EntityManager entityManager, JapaneseQuery japaneseQuery, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.mail = mail;
		this.auditLog = auditLog;
		this.municipalities = municipalities;
		this.messages = messages;
		this.properties = properties;
		this.contributors = contributors;
		this.entityManager = entityManager;
		this.japaneseQuery = japaneseQuery;
		this.clock = clock;
	}

	/**
	 * Signs a resident up and mails the confirmation link. An address already registered gets a mail saying so
	 * instead, so that the form never reveals which addresses are registered.
	 */
	@Transactional
	public void signUp(SignUpCommand command) {
		String email = normalizeEmail(command.email());
		passwordPolicy.check(command.password(), email, "password");
		String code = municipalities.current().code();
		Optional<Account> existing = accounts.findByMunicipalityCodeAndEmailIgnoreCase(code, email);
		if (existing.isPresent()) {
			sendMail(email, "mail.alreadyRegistered", existing.get().profile().displayName(),
					properties.siteUrl() + "/password-reset");
			return;
		}
		Account account = accounts.save(Account.signUp(code, email, passwordEncoder.encode(command.password()),
				profile(command.fullName(), command.fullNameKana(), command.displayName()), clock.instant()));
		String token = issueToken(account, TokenPurpose.CONFIRM_EMAIL);
		sendMail(email, "mail.confirm", account.profile().displayName(),
				properties.siteUrl() + "/signup/confirm?token=" + token, TokenPurpose.CONFIRM_EMAIL.validity().toHours());
	}

	/** Confirms the address of the account the token was mailed to. */
	@Transactional
	public void confirmEmail(String token) {
		AccountToken accountToken = usableToken(token, TokenPurpose.CONFIRM_EMAIL);
		Instant now = clock.instant();
		accountToken.use(now);
		accounts.findById(accountToken.accountId()).orElseThrow().confirmEmail(now);
	}

	/** Tells whether a token is still usable for the purpose, without using it (to show the right page). */
	@Transactional(readOnly = true)
	public boolean isUsable(String token, String purpose) {
		return tokens.findByTokenHash(hash(token))
			.filter(t -> t.isUsable(TokenPurpose.valueOf(purpose), clock.instant()))
			.isPresent();
	}

	/**
	 * Mails a single-use reset link when the address is registered; does nothing visible otherwise, so the
	 * answer never reveals whether an address is registered.
	 */
	@Transactional
	public void requestPasswordReset(String emailInput) {
		String email = JapaneseText.normalize(emailInput);
		accounts.findByMunicipalityCodeAndEmailIgnoreCase(municipalities.current().code(), email).ifPresent(account -> {
			String token = issueToken(account, TokenPurpose.RESET_PASSWORD);
			sendMail(account.email(), "mail.reset", account.profile().displayName(),
					properties.siteUrl() + "/password-reset/new?token=" + token,
					TokenPurpose.RESET_PASSWORD.validity().toMinutes());
		});
	}

	/** Sets a new password with a reset (or first-password) link; the link cannot be used again. */
	@Transactional
	public void resetPassword(String token, String newPassword) {
		AccountToken accountToken = tokens.findByTokenHash(hash(token))
			.filter(t -> t.isUsable(TokenPurpose.RESET_PASSWORD, clock.instant())
					|| t.isUsable(TokenPurpose.SET_PASSWORD, clock.instant()))
			.orElseThrow(() -> new AccountRuleViolation("token", "token.invalid"));
		Account account = accounts.findById(accountToken.accountId()).orElseThrow();
		passwordPolicy.check(newPassword, account.email(), "password");
		Instant now = clock.instant();
		accountToken.use(now);
		account.changePassword(passwordEncoder.encode(newPassword), now);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long id) {
		return accounts.findById(id).filter(this::inCurrentMunicipality).map(Account::toView);
	}

	/** The account with this address in the current municipality. */
	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return accounts.findByMunicipalityCodeAndEmailIgnoreCase(municipalities.current().code(),
				JapaneseText.normalize(email)).map(Account::toView);
	}

	@Transactional
	public void updateProfile(long accountId, ProfileCommand command) {
		account(accountId).updateProfile(profile(command.fullName(), command.fullNameKana(), command.displayName()),
				clock.instant());
	}

	/** Everything the platform holds about the account holder, for download as JSON. */
	@Transactional(readOnly = true)
	public Map<String, Object> exportPersonalData(long accountId) {
		Account account = account(accountId);
		AccountView view = account.toView();
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exportedAt", clock.instant().toString());
		export.put("municipality", municipalities.current().code());
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("id", view.id());
		profile.put("email", view.email());
		profile.put("fullName", view.fullName());
		profile.put("fullNameKana", view.fullNameKana());
		profile.put("displayName", view.displayName());
		profile.put("status", view.status());
		profile.put("roles", view.roles().stream().map(Role::name).sorted().toList());
		profile.put("createdAt", view.createdAt().toString());
		profile.put("updatedAt", view.updatedAt().toString());
		profile.put("emailVerifiedAt", view.emailVerifiedAt() == null ? null : view.emailVerifiedAt().toString());
		export.put("account", profile);
		export.put("links", tokens.findByAccountIdOrderByCreatedAtAsc(account.id()).stream().map(t -> {
			Map<String, Object> link = new LinkedHashMap<>();
			link.put("purpose", t.purpose().name());
			link.put("createdAt", t.createdAt().toString());
			link.put("expiresAt", t.expiresAt().toString());
			link.put("usedAt", t.usedAt() == null ? null : t.usedAt().toString());
			return link;
		}).toList());
		PersonRef person = new PersonRef(account.id(), account.email());
		contributors.forEach(contributor -> export.put(contributor.section(), contributor.collect(person)));
		return export;
	}

	/** Deletes the account and everything the modules hold about its holder, after checking the password. */
	@Transactional
	public void deleteAccount(long accountId, String password) {
		Account account = account(accountId);
		if (password == null || !passwordEncoder.matches(password, account.passwordHash())) {
			throw new AccountRuleViolation("password", "account.delete.wrongPassword");
		}
		PersonRef person = new PersonRef(account.id(), account.email());
		contributors.forEach(contributor -> contributor.erase(person));
		tokens.deleteByAccountId(account.id());
		accounts.delete(account);
	}

	/** An administrator creates an account for staff; its holder sets a password through a mailed link. */
	@Transactional
	public long createStaffAccount(StaffAccountCommand command) {
		String email = normalizeEmail(command.email());
		String code = municipalities.current().code();
		if (accounts.existsByMunicipalityCodeAndEmailIgnoreCase(code, email)) {
			throw new AccountRuleViolation("email", "account.email.taken");
		}
		String unusable = passwordEncoder.encode(randomToken());
		Account account = accounts.save(Account.createdByAdministrator(code, email, unusable,
				profile(command.fullName(), command.fullNameKana(), command.displayName()), command.roles(),
				clock.instant()));
		String token = issueToken(account, TokenPurpose.SET_PASSWORD);
		sendMail(email, "mail.staffInvite", account.profile().displayName(),
				properties.siteUrl() + "/password-reset/new?token=" + token, TokenPurpose.SET_PASSWORD.validity().toDays());
		auditLog.record(new AuditRecord("account.created", "account", account.id().toString()));
		return account.id();
	}

	/** Replaces an account's roles; every account keeps the citizen role. */
	@Transactional
	public void assignRoles(long accountId, Set<Role> roles, long actingAccountId) {
		Account account = account(accountId);
		if (accountId == actingAccountId && account.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			throw new AccountRuleViolation("roles", "account.roles.cannotDropOwnAdmin");
		}
		Set<Role> before = account.roles();
		account.assignRoles(roles, clock.instant());
		auditLog.record(new AuditRecord("account.roles:" + before + "->" + account.roles(), "account",
				Long.toString(accountId)));
	}

	/**
	 * Grants or withdraws GROUP_ADMIN and GROUP_MEMBER as they follow from the person's group memberships, which the
	 * groups module reports after each change (docs/decisions/0019): GROUP_ADMIN while they administer a group,
	 * GROUP_MEMBER while they belong to one. Audited when the roles change; an unknown account is ignored.
	 */
	@Transactional
	public void syncGroupRoles(long accountId, boolean administersAGroup, boolean belongsToAGroup) {
		accounts.findById(accountId).filter(this::inCurrentMunicipality).ifPresent(account -> {
			Set<Role> before = account.roles();
			java.util.EnumSet<Role> after = java.util.EnumSet.noneOf(Role.class);
			after.addAll(before);
			after.remove(Role.GROUP_ADMIN);
			after.remove(Role.GROUP_MEMBER);
			if (administersAGroup) {
				after.add(Role.GROUP_ADMIN);
			}
			if (belongsToAGroup) {
				after.add(Role.GROUP_MEMBER);
			}
			if (!after.equals(before)) {
				account.assignRoles(after, clock.instant());
				auditLog.record(new AuditRecord("account.groupRoles:admin=" + administersAGroup + ",member="
						+ belongsToAGroup, "account", Long.toString(accountId)));
			}
		});
	}

	/**
	 * Searches accounts with the Japanese search facility: names in kanji or kana (a かな query finds kanji by
	 * reading), display names and addresses, optionally by role; ordered by relevance, then by reading.
	 */
	@Transactional(readOnly = true)
	public Page<AccountView> search(@Nullable String query, @Nullable Role role, int page, int size) {
		String code = municipalities.current().code();
		String q = query == null ? "" : JapaneseText.normalize(query);
		PageRequest pageRequest = PageRequest.of(Math.max(page, 0), size);
		SearchResult<Account> result = Search.session(entityManager)
			.search(Account.class)
			.where(f -> {
				var all = f.and().add(f.match().field("municipalityCode").matching(code));
				if (role != null) {
					all.add(f.match().field("roles").matching(role));
				}
				if (!q.isBlank()) {
					all.add(f.or(f.match().field("email").matching(q.toLowerCase(Locale.ROOT)).boost(8f),
							japaneseQuery.matching(f, q, SEARCH_FIELDS)));
				}
				return all;
			})
			.sort(f -> f.score().then().field("fullNameKanaSort"))
			.fetch((int) pageRequest.getOffset(), size);
		List<AccountView> views = result.hits().stream().map(Account::toView).toList();
		return new PageImpl<>(views, pageRequest, result.total().hitCount());
	}

	private Account account(long accountId) {
		return accounts.findById(accountId)
			.filter(this::inCurrentMunicipality)
			.orElseThrow(() -> new AccountNotFound(accountId));
	}

	private boolean inCurrentMunicipality(Account account) {
		return account.municipalityCode().equals(municipalities.current().code());
	}

	private Account.Profile profile(String fullName, String fullNameKana, String displayName) {
		String kana = JapaneseText.normalize(fullNameKana);
		if (!JapaneseText.isKanaReading(kana)) {
			throw new AccountRuleViolation("fullNameKana", "account.kana.invalid");
		}
		return new Account.Profile(JapaneseText.normalize(fullName), JapaneseText.toFurigana(kana),
				JapaneseText.normalize(displayName));
	}

	private static String normalizeEmail(String email) {
		return JapaneseText.normalize(email).toLowerCase(Locale.ROOT);
	}

	private String issueToken(Account account, TokenPurpose purpose) {
		String token = randomToken();
		tokens.save(new AccountToken(account.id(), purpose, hash(token), clock.instant()));
		return token;
	}

	private AccountToken usableToken(String token, TokenPurpose purpose) {
		return tokens.findByTokenHash(hash(token))
			.filter(t -> t.isUsable(purpose, clock.instant()))
			.orElseThrow(() -> new AccountRuleViolation("token", "token.invalid"));
	}

	private void sendMail(String to, String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		String subject = messages.getMessage(key + ".subject", null, locale);
		String body = messages.getMessage(key + ".body", arguments, locale);
		mail.send(new MailMessage(to, subject, body));
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
