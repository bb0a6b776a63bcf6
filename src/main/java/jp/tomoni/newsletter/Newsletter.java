package jp.tomoni.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jp.tomoni.mail.MailMessage;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.PersonalDataContributor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Facade of the newsletter module: subscription with double opt-in, preferences and unsubscription by the
 * per-subscriber link of every mail, and the weekly digest (docs/decisions/0042, 0044). Subscribers' addresses never
 * leave this module except as mail recipients.
 */
@Service
public class Newsletter implements PersonalDataContributor {

	private static final Logger log = LoggerFactory.getLogger(Newsletter.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/M/d");

	private final NewsletterSubscriberRepository subscribers;

	private final DigestRunRepository runs;

	private final ObjectProvider<DigestSource> sources;

	private final MailOutbox mail;

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String baseUrl;

	Newsletter(NewsletterSubscriberRepository subscribers, DigestRunRepository runs, ObjectProvider<DigestSource> sources,
			MailOutbox mail, Municipalities municipalities, MessageSource messages, TransactionTemplate transactions,
			Clock clock, @Value("${tomoni.base-url:}") String baseUrl) {
		this.subscribers = subscribers;
		this.runs = runs;
		this.sources = sources;
		this.mail = mail;
		this.municipalities = municipalities;
		this.messages = messages;
		this.transactions = transactions;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** A subscriber's choices, as the preferences page shows them (never the address). */
	public record Preferences(Set<String> fieldCodes, Set<String> areaCodes, boolean active) {
	}

	/** Subscriber counts for the back office (no address). */
	public record Counts(long active, long pending, Map<String, Long> activeByField, Map<String, Long> activeByArea,
			long activeEverything) {
	}

	/** A digest run as the back office lists it. */
	public record DigestRunView(LocalDate weekStart, Instant startedAt, @Nullable Instant finishedAt, int items,
			int sent, String triggeredBy) {
	}

	/** What the digest of the current week holds, before it is sent. */
	public record DigestPreview(LocalDate firstDay, LocalDate lastDay, LocalDate weekStart, List<DigestItem> items,
			long recipients, long alreadySent, String sampleBody) {
	}

	/**
	 * Subscribes an address, or renews a pending subscription, and mails the confirmation link (valid 7 days). An
	 * address already confirmed gets a mail with its preferences link instead; the page says the same either way, so
	 * the form never reveals who subscribes.
	 */
	@Transactional
	public void subscribe(String emailInput, Collection<String> fields, Collection<String> areas, Locale locale) {
		String email = emailInput.strip().toLowerCase(Locale.ROOT);
		String code = code();
		Instant now = clock.instant();
		NewsletterSubscriber subscriber = subscribers.findByMunicipalityCodeAndEmail(code, email)
			.orElseGet(() -> new NewsletterSubscriber(code, email, randomToken(), now));
		String language = "en".equals(locale.getLanguage()) ? "en" : "ja";
		if (subscriber.isActive()) {
			send(subscriber, "newsletter.mail.already", Map.of(), locale, preferencesUrl(subscriber),
					unsubscribeUrl(subscriber));
			return;
		}
		subscriber.choose(fields, areas, language);
		String token = randomToken();
		subscriber.awaitConfirmation(hash(token), now);
		subscribers.save(subscriber);
		send(subscriber, "newsletter.mail.confirm", Map.of(), locale, siteUrl() + "/newsletter/confirm?token=" + token,
				NewsletterSubscriber.CONFIRMATION_VALIDITY.toDays(), municipalities.current().name());
	}

	/** Whether the confirmation link is still usable, without using it. */
	@Transactional(readOnly = true)
	public boolean canConfirm(String token) {
		return subscribers.findByConfirmTokenHash(hash(token)).filter(s -> s.isConfirmable(clock.instant())).isPresent();
	}

	/** Confirms the subscription the link was mailed for; {@code false} when the link is unknown, used or expired. */
	@Transactional
	public boolean confirm(String token) {
		Optional<NewsletterSubscriber> subscriber = subscribers.findByConfirmTokenHash(hash(token))
			.filter(s -> s.isConfirmable(clock.instant()));
		subscriber.ifPresent(s -> s.confirm(clock.instant()));
		return subscriber.isPresent();
	}

	/** The choices of the subscription the link of a mail names. */
	@Transactional(readOnly = true)
	public Optional<Preferences> preferences(String manageToken) {
		return subscribers.findByManageToken(manageToken)
			.map(s -> new Preferences(s.fields(), s.areas(), s.isActive()));
	}

	/** Changes the fields and areas; {@code false} when the link names no subscription (any more). */
	@Transactional
	public boolean changePreferences(String manageToken, Collection<String> fields, Collection<String> areas) {
		Optional<NewsletterSubscriber> subscriber = subscribers.findByManageToken(manageToken);
		subscriber.ifPresent(s -> s.choose(fields, areas, s.language()));
		return subscriber.isPresent();
	}

	/**
	 * Ends the subscription and forgets the address; {@code false} when the link names none (already unsubscribed).
	 */
	@Transactional
	public boolean unsubscribe(String manageToken) {
		Optional<NewsletterSubscriber> subscriber = subscribers.findByManageToken(manageToken);
		subscriber.ifPresent(subscribers::delete);
		return subscriber.isPresent();
	}

	@Transactional(readOnly = true)
	public Counts counts() {
		String code = code();
		Map<String, Long> byField = new TreeMap<>();
		Map<String, Long> byArea = new TreeMap<>();
		long everything = 0;
		List<NewsletterSubscriber> active = subscribers.findByMunicipalityCodeAndStatus(code, SubscriberStatus.ACTIVE);
		for (NewsletterSubscriber s : active) {
			s.fields().forEach(f -> byField.merge(f, 1L, Long::sum));
			s.areas().forEach(a -> byArea.merge(a, 1L, Long::sum));
			if (s.fields().isEmpty() && s.areas().isEmpty()) {
				everything++;
			}
		}
		return new Counts(active.size(), subscribers.countByMunicipalityCodeAndStatus(code, SubscriberStatus.PENDING),
				byField, byArea, everything);
	}

	/** Deletes the subscriptions whose confirmation link expired unused. */
	@Transactional
	public int purgeUnconfirmed(Instant now) {
		return subscribers.deleteUnconfirmedBefore(now);
	}

	@Transactional(readOnly = true)
	public List<DigestRunView> runs() {
		return runs.findTop20ByMunicipalityCodeOrderByStartedAtDesc(code()).stream().map(DigestRun::toView).toList();
	}

	/** The digest of the week {@code now} falls in, as it would be sent, with how many would receive it. */
	@Transactional(readOnly = true)
	public DigestPreview preview(Instant now) {
		DigestWeek week = DigestWeek.of(now);
		List<DigestItem> items = collect(week);
		long recipients = 0;
		long alreadySent = 0;
		for (NewsletterSubscriber s : subscribers.findByMunicipalityCodeAndStatus(code(), SubscriberStatus.ACTIVE)) {
			if (!DigestMatching.select(items, s.fields(), s.areas()).isEmpty()) {
				if (s.digestAlreadySent(week.weekStart())) {
					alreadySent++;
				}
				else {
					recipients++;
				}
			}
		}
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		String sample = items.isEmpty() ? "" : digestBody(items, week, locale, "…", "…");
		return new DigestPreview(week.firstDay(), week.lastDay(), week.weekStart(), items, recipients, alreadySent,
				sample);
	}

	/**
	 * Sends the digest of the week {@code now} falls in to every active subscriber who has not had it and for whom
	 * some item matches. Safe to run again (after a restart, or "send now" after the schedule): nobody gets a week's
	 * digest twice. Every run is recorded.
	 */
	public synchronized DigestRunView sendDigest(Instant now, String triggeredBy) {
		DigestWeek week = DigestWeek.of(now);
		List<DigestItem> items = collect(week);
		String code = code();
		DigestRun run = transactions
			.execute(status -> runs.save(new DigestRun(code, week.weekStart(), triggeredBy, items.size(), now)));
		int sent = 0;
		if (!items.isEmpty()) {
			for (Long id : subscribers.awaitingDigest(code, week.weekStart())) {
				Boolean mailed = transactions.execute(status -> sendDigestTo(id, items, week));
				if (Boolean.TRUE.equals(mailed)) {
					sent++;
				}
			}
		}
		int total = sent;
		DigestRun finished = transactions.execute(status -> {
			DigestRun current = runs.findById(run.toId()).orElseThrow();
			current.finish(total, clock.instant());
			return current;
		});
		log.info("Newsletter digest of the week of {}: {} items, {} mails", week.weekStart(), items.size(), total);
		return finished.toView();
	}

	private boolean sendDigestTo(Long id, List<DigestItem> items, DigestWeek week) {
		Optional<NewsletterSubscriber> found = subscribers.lockById(id);
		if (found.isEmpty() || !found.get().isActive()) {
			return false;
		}
		NewsletterSubscriber subscriber = found.get();
		List<DigestItem> chosen = DigestMatching.select(items, subscriber.fields(), subscriber.areas());
		if (chosen.isEmpty() || !subscriber.digestSent(week.weekStart())) {
			return false;
		}
		Locale locale = Locale.forLanguageTag(subscriber.language());
		String unsubscribe = unsubscribeUrl(subscriber);
		String subject = messages.getMessage("newsletter.mail.digest.subject",
				new Object[] { DATE.format(week.firstDay()), DATE.format(week.lastDay()) }, locale);
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		mail.send(new MailMessage(subscriber.email(), subject,
				digestBody(chosen, week, locale, preferencesUrl(subscriber), unsubscribe), null, headers));
		return true;
	}

	private String digestBody(List<DigestItem> items, DigestWeek week, Locale locale, String preferences,
			String unsubscribe) {
		StringBuilder body = new StringBuilder();
		body.append(messages.getMessage("newsletter.mail.digest.intro", new Object[] { municipalities.current().name(),
				DATE.format(week.firstDay()), DATE.format(week.lastDay()) }, locale));
		body.append("\n");
		String type = null;
		for (DigestItem item : items) {
			if (!item.typeKey().equals(type)) {
				type = item.typeKey();
				body.append("\n■ ").append(messages.getMessage(type, null, type, locale)).append("\n");
			}
			body.append("・").append(item.title()).append("（").append(DATE.format(item.date())).append("）\n");
			body.append("  ").append(absolute(item.url())).append("\n");
			if (item.summary() != null && !item.summary().isBlank()) {
				body.append("  ").append(item.summary().strip()).append("\n");
			}
		}
		body.append("\n");
		body.append(messages.getMessage("newsletter.mail.digest.footer", new Object[] { preferences, unsubscribe },
				locale));
		return body.toString();
	}

	/** Every source's items of the week, by kind, date and title. */
	private List<DigestItem> collect(DigestWeek week) {
		List<DigestItem> items = new ArrayList<>();
		sources.orderedStream().forEach(source -> items.addAll(source.itemsBetween(week.from(), week.to())));
		items.sort(Comparator.comparing(DigestItem::typeKey)
			.thenComparing(DigestItem::date)
			.thenComparing(DigestItem::title));
		return List.copyOf(items);
	}

	private void send(NewsletterSubscriber subscriber, String key, Map<String, String> headers, Locale locale,
			Object... arguments) {
		String subject = messages.getMessage(key + ".subject", null, locale);
		String body = messages.getMessage(key + ".body", arguments, locale);
		mail.send(new MailMessage(subscriber.email(), subject, body, null, headers));
	}

	private String preferencesUrl(NewsletterSubscriber subscriber) {
		return siteUrl() + "/newsletter/preferences?token=" + subscriber.manageToken();
	}

	private String unsubscribeUrl(NewsletterSubscriber subscriber) {
		return siteUrl() + "/newsletter/unsubscribe?token=" + subscriber.manageToken();
	}

	private String absolute(String url) {
		return url.startsWith("/") ? siteUrl() + url : url;
	}

	/** The site's address for links in mails: {@code tomoni.base-url}, else the address of the current request. */
	private String siteUrl() {
		if (!baseUrl.isBlank()) {
			return baseUrl;
		}
		return RequestContextHolder.getRequestAttributes() != null
				? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : "http://localhost:8080";
	}

	private String code() {
		return municipalities.current().code();
	}

	@Override
	public String section() {
		return "newsletter";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> subscriptions = subscribers.findByEmail(person.email().toLowerCase(Locale.ROOT))
			.stream()
			.map(s -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("status", s.status().name());
				row.put("fields", List.copyOf(s.fields()));
				row.put("areas", List.copyOf(s.areas()));
				row.put("subscribedAt", s.createdAt().toString());
				return row;
			})
			.toList();
		return Map.of("newsletterSubscriptions", subscriptions);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		subscribers.deleteByEmail(person.email().toLowerCase(Locale.ROOT));
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
