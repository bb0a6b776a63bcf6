package jp.tomoni.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.mail.OutboxMailView;
import jp.tomoni.shared.PersonalDataContributor.PersonRef;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The newsletter against the database: double opt-in, expiry, unsubscription without sign-in (also RFC 8058
 * one-click), preferences, the digest's matching by field and area, and never the same week twice. Each test uses
 * its own addresses and its own week (years ahead), since the database is shared.
 */
@TomoniIntegrationTest
class NewsletterIntegrationTests {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	@Autowired
	MockMvc mvc;

	@Autowired
	Newsletter newsletter;

	@Autowired
	NewsletterSubscriberRepository subscribers;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TestDigestSource source;

	private static String unique(String name) {
		return name + "-" + System.nanoTime() + "@example.jp";
	}

	private List<OutboxMailView> mailsTo(String email) {
		return outbox.list(email, 0, 50).getContent();
	}

	private static String link(OutboxMailView mail, String path) {
		Matcher matcher = LINK.matcher(mail.body());
		while (matcher.find()) {
			if (matcher.group().contains(path)) {
				return matcher.group();
			}
		}
		throw new AssertionError("no link to " + path + " in " + mail.body());
	}

	/** Each subscription from its own client address, so that the per-client limit is not what a test meets. */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor fromSomewhere() {
		long n = COUNTER.incrementAndGet();
		return request -> {
			request.setRemoteAddr("10." + (n / 65536 % 256) + "." + (n / 256 % 256) + "." + (n % 256));
			return request;
		};
	}

	private static final java.util.concurrent.atomic.AtomicLong COUNTER = new java.util.concurrent.atomic.AtomicLong();

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

	/** Subscribes through the form and confirms with the mailed link; returns the manage token. */
	private String subscribeAndConfirm(String email, List<String> fields, List<String> areas) throws Exception {
		var request = post("/newsletter").with(csrf()).with(fromSomewhere()).param("email", email);
		fields.forEach(f -> request.param("fieldCodes", f));
		areas.forEach(a -> request.param("areaCodes", a));
		mvc.perform(request).andExpect(redirectedUrl("/newsletter/sent"));
		String confirm = token(link(mailsTo(email).getFirst(), "/newsletter/confirm"));
		mvc.perform(post("/newsletter/confirm").with(csrf()).param("token", confirm))
			.andExpect(redirectedUrl("/newsletter/confirmed"));
		return subscribers.findByMunicipalityCodeAndEmail("141500", email).orElseThrow().manageToken();
	}

	@Test
	void aSubscriptionIsActiveOnlyOnceConfirmedAndTheLinkWorksOnce() throws Exception {
		String email = unique("optin");
		mvc.perform(get("/newsletter")).andExpect(status().isOk());
		mvc.perform(post("/newsletter").with(csrf()).with(fromSomewhere()).param("email", email).param("fieldCodes", "13")
			.param("areaCodes", "midori")).andExpect(redirectedUrl("/newsletter/sent"));

		NewsletterSubscriber pending = subscribers.findByMunicipalityCodeAndEmail("141500", email).orElseThrow();
		assertThat(pending.isActive()).isFalse();
		assertThat(pending.fields()).containsExactly("13");
		assertThat(pending.areas()).containsExactly("midori");
		List<OutboxMailView> mails = mailsTo(email);
		assertThat(mails).hasSize(1);
		String confirmLink = link(mails.getFirst(), "/newsletter/confirm?token=");
		String token = token(confirmLink);
		// Only the token's hash is stored.
		assertThat(subscribers.findByConfirmTokenHash(token)).isEmpty();
		assertThat(subscribers.findByConfirmTokenHash(Newsletter.hash(token))).isPresent();

		// Opening the link only shows the button (mail scanners open links); the button confirms.
		mvc.perform(get("/newsletter/confirm").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"confirm-subscription\"")));
		assertThat(subscribers.findByMunicipalityCodeAndEmail("141500", email).orElseThrow().isActive()).isFalse();
		mvc.perform(post("/newsletter/confirm").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/newsletter/confirmed"));
		assertThat(subscribers.findByMunicipalityCodeAndEmail("141500", email).orElseThrow().isActive()).isTrue();

		// Used once: the same link no longer works.
		mvc.perform(post("/newsletter/confirm").with(csrf()).param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"confirm-invalid\"")));

		// Subscribing again with a confirmed address mails the links instead, and changes nothing.
		mvc.perform(post("/newsletter").with(csrf()).with(fromSomewhere()).param("email", email.toUpperCase(Locale.ROOT)))
			.andExpect(redirectedUrl("/newsletter/sent"));
		assertThat(mailsTo(email)).hasSize(2);
		assertThat(subscribers.findByMunicipalityCodeAndEmail("141500", email).orElseThrow().fields())
			.containsExactly("13");
	}

	@Test
	void unconfirmedSubscriptionsAreDeletedAfterTheirLinkExpired() throws Exception {
		String email = unique("expire");
		newsletter.subscribe(email, List.of(), List.of(), Locale.JAPANESE);
		String token = token(link(mailsTo(email).getFirst(), "/newsletter/confirm"));
		assertThat(newsletter.canConfirm(token)).isTrue();

		assertThat(newsletter.purgeUnconfirmed(Instant.now().plus(Duration.ofDays(6)))).isZero();
		assertThat(subscribers.findByMunicipalityCodeAndEmail("141500", email)).isPresent();
		assertThat(newsletter.purgeUnconfirmed(Instant.now().plus(Duration.ofDays(7)).plusSeconds(60))).isPositive();
		assertThat(subscribers.findByMunicipalityCodeAndEmail("141500", email)).isEmpty();
		assertThat(newsletter.canConfirm(token)).isFalse();
		assertThat(newsletter.confirm(token)).isFalse();
	}

	@Test
	void badInputIsRefusedWithTheFieldNamedAndRobotsAreIgnored() throws Exception {
		mvc.perform(post("/newsletter").with(csrf()).param("email", "not-an-address"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("メールアドレスの形式が正しくありません")));
		mvc.perform(post("/newsletter").with(csrf()).param("email", unique("bad")).param("fieldCodes", "99"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("活動分野に、選べない値が含まれています")));
		mvc.perform(post("/newsletter").with(csrf()).param("email", unique("bad")).param("areaCodes", "atlantis"))
			.andExpect(content().string(Matchers.containsString("地域に、選べない値が含まれています")));

		String robot = unique("robot");
		mvc.perform(post("/newsletter").with(csrf()).param("email", robot).param("website", "https://spam.example"))
			.andExpect(redirectedUrl("/newsletter/sent"));
		assertThat(subscribers.findByMunicipalityCodeAndEmail("141500", robot)).isEmpty();
		assertThat(mailsTo(robot)).isEmpty();
	}

	@Test
	void oneAddressReceivesAtMostThreeConfirmationMailsADay() throws Exception {
		String email = unique("throttle");
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/newsletter").with(csrf()).param("email", email).with(fromSomewhere()))
				.andExpect(redirectedUrl("/newsletter/sent"));
		}
		mvc.perform(post("/newsletter").with(csrf()).param("email", email).with(fromSomewhere())).andExpect(status().isTooManyRequests())
			.andExpect(content().string(Matchers.containsString("しばらくしてからもう一度")));
		assertThat(mailsTo(email)).hasSize(3);
	}

	@Test
	void unsubscribingNeedsNoSignInAndWorksWithOneClick() throws Exception {
		String email = unique("leave");
		String manage = subscribeAndConfirm(email, List.of(), List.of());

		mvc.perform(get("/newsletter/unsubscribe").param("token", manage))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"unsubscribe\"")));
		assertThat(subscribers.findByManageToken(manage)).isPresent();

		// RFC 8058: the mail program posts "List-Unsubscribe=One-Click" to the header's address, with no CSRF token.
		mvc.perform(post("/newsletter/unsubscribe?token=" + manage).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
		assertThat(subscribers.findByManageToken(manage)).isEmpty();
		assertThat(subscribers.findByMunicipalityCodeAndEmail("141500", email)).isEmpty();

		mvc.perform(get("/newsletter/unsubscribe").param("token", manage))
			.andExpect(content().string(Matchers.containsString("このリンクの登録は見つかりません")));
	}

	@Test
	void preferencesChangeWithTheLinkOfAMail() throws Exception {
		String email = unique("prefs");
		String manage = subscribeAndConfirm(email, List.of("13"), List.of());
		mvc.perform(get("/newsletter/preferences").param("token", manage))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"13\" id=\"fieldCodes13\" name=\"fieldCodes\" checked=\"checked\"")));
		mvc.perform(post("/newsletter/preferences").with(csrf()).param("token", manage).param("fieldCodes", "07")
			.param("areaCodes", "chuo")).andExpect(status().is3xxRedirection());
		NewsletterSubscriber subscriber = subscribers.findByManageToken(manage).orElseThrow();
		assertThat(subscriber.fields()).containsExactly("07");
		assertThat(subscriber.areas()).containsExactly("chuo");
		mvc.perform(get("/newsletter/preferences").param("token", "no-such-token"))
			.andExpect(content().string(Matchers.containsString("このリンクの登録は見つかりません")));
	}

	@Test
	void theDigestSendsEachSubscriberTheItemsOfTheirFieldsAndAreasOnceAWeek() throws Exception {
		Instant monday = Instant.parse("2031-03-09T22:00:00Z"); // Monday 2031-03-10 07:00 in Japan
		String childcare = unique("childcare");
		String chuo = unique("chuo");
		String everything = unique("everything");
		String welfare = unique("welfare");
		subscribeAndConfirm(childcare, List.of("13"), List.of());
		subscribeAndConfirm(chuo, List.of(), List.of("chuo"));
		subscribeAndConfirm(everything, List.of(), List.of());
		subscribeAndConfirm(welfare, List.of("01"), List.of("midori"));
		String pending = unique("pending");
		newsletter.subscribe(pending, List.of(), List.of(), Locale.JAPANESE);

		String suffix = " " + System.nanoTime();
		source.addForDigestAt(new DigestItem("nav.groups", "子育てサロン" + suffix, "/groups/1", LocalDate.of(2031, 3, 5),
				Set.of("13"), Set.of("midori"), "毎週水曜日"), monday);
		source.addForDigestAt(new DigestItem("nav.groups", "中央区の清掃" + suffix, "https://example.jp/clean",
				LocalDate.of(2031, 3, 6), Set.of("07"), Set.of("chuo"), null), monday);
		// Published the week after: not in this digest.
		source.add(new DigestItem("nav.groups", "来週の記事" + suffix, "/groups/2", LocalDate.of(2031, 3, 11), Set.of(),
				Set.of(), null), monday.plus(Duration.ofDays(1)));

		// Links are absolute: tomoni.base-url, else the address of the request (here MockMvc's http://localhost).
		Newsletter.DigestRunView run = newsletter.sendDigest(monday, "SCHEDULE");
		assertThat(run.weekStart()).isEqualTo(LocalDate.of(2031, 3, 10));
		assertThat(run.items()).isGreaterThanOrEqualTo(2);

		OutboxMailView childcareMail = digest(childcare);
		assertThat(childcareMail.body()).contains("子育てサロン" + suffix, "http://localhost/groups/1", "毎週水曜日")
			.doesNotContain("中央区の清掃" + suffix, "来週の記事" + suffix);
		assertThat(childcareMail.subject()).contains("2031/3/3", "2031/3/9");
		String manage = subscribers.findByMunicipalityCodeAndEmail("141500", childcare).orElseThrow().manageToken();
		assertThat(childcareMail.headers()).containsEntry("List-Unsubscribe",
				"<http://localhost/newsletter/unsubscribe?token=" + manage + ">")
			.containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		assertThat(childcareMail.body()).contains("/newsletter/preferences?token=" + manage,
				"/newsletter/unsubscribe?token=" + manage);
		assertThat(digest(chuo).body()).contains("中央区の清掃" + suffix).doesNotContain("子育てサロン" + suffix);
		assertThat(digest(everything).body()).contains("中央区の清掃" + suffix, "子育てサロン" + suffix);
		// Nothing matches 保健・医療・福祉 in 緑区 this week: no mail at all. Nor to a subscription not confirmed.
		assertThat(mailsTo(welfare).stream().filter(m -> m.subject().contains("週間ダイジェスト"))).isEmpty();
		assertThat(mailsTo(pending)).hasSize(1);

		// The same week again (a restart, "send now"): nobody gets it twice; the run is recorded anyway.
		Newsletter.DigestRunView again = newsletter.sendDigest(monday.plus(Duration.ofHours(30)), "STAFF");
		assertThat(again.sent()).isZero();
		assertThat(mailsTo(everything).stream().filter(m -> m.subject().contains("週間ダイジェスト"))).hasSize(1);
		assertThat(newsletter.runs()).extracting(Newsletter.DigestRunView::weekStart)
			.contains(LocalDate.of(2031, 3, 10));

		// The next week is a new digest.
		source.addForDigestAt(new DigestItem("nav.groups", "翌週の記事" + suffix, "/groups/3", LocalDate.of(2031, 3, 12),
				Set.of(), Set.of(), null), monday.plus(Duration.ofDays(7)));
		newsletter.sendDigest(monday.plus(Duration.ofDays(7)), "SCHEDULE");
		assertThat(mailsTo(everything).stream().filter(m -> m.subject().contains("週間ダイジェスト"))).hasSize(2);
	}

	@Test
	void withNothingNewNoDigestIsSent() throws Exception {
		String email = unique("quiet");
		subscribeAndConfirm(email, List.of(), List.of());
		Newsletter.DigestRunView run = newsletter.sendDigest(Instant.parse("2033-06-06T00:00:00Z"), "SCHEDULE");
		assertThat(run.items()).isZero();
		assertThat(run.sent()).isZero();
		assertThat(mailsTo(email)).hasSize(1);
	}

	@Test
	void staffSeeCountsAndThePreviewButNeverAnAddress() throws Exception {
		String email = unique("counted");
		subscribeAndConfirm(email, List.of("13"), List.of("midori"));
		var coordinator = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user("coordinator@example.jp")
			.roles("CITIZEN", "COORDINATOR");
		mvc.perform(get("/backoffice/newsletter").with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("配信中の登録")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(email))));
		mvc.perform(get("/backoffice/newsletter/preview").with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(email))));
		assertThat(newsletter.counts().activeByField()).containsKey("13");
	}

	@Test
	void theSubscriptionIsPartOfThePersonsDataAndIsErasedWithTheAccount() throws Exception {
		String email = unique("personal");
		subscribeAndConfirm(email, List.of("13"), List.of());
		PersonRef person = new PersonRef(0, email);
		assertThat(newsletter.collect(person).toString()).contains("ACTIVE", "13");
		newsletter.erase(person);
		assertThat(subscribers.findByMunicipalityCodeAndEmail("141500", email)).isEmpty();
	}

	private OutboxMailView digest(String email) {
		return mailsTo(email).stream()
			.filter(m -> m.subject().contains("週間ダイジェスト"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no digest to " + email));
	}
}
