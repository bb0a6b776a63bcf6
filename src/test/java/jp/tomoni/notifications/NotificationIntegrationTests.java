package jp.tomoni.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.shared.SignedInPerson;
import jp.tomoni.shared.NoticeRequested;
import jp.tomoni.shared.NoticeTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices end to end: a published {@link NoticeRequested} becomes an in-app notice for each recipient and a mail for
 * those who did not turn the topic off; nothing is kept when the change that asked for it is rolled back; each
 * person sees and opens only their own notices; the choice of mails is theirs; the export carries the notices.
 * Subjects carry a marker of their own, since the test database is shared.
 */
@TomoniIntegrationTest
class NotificationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Notices notices;

	private UserDetails account(String email) {
		return users.loadUserByUsername(email);
	}

	private long id(UserDetails account) {
		return ((SignedInPerson) account).accountId();
	}

	private void publish(NoticeRequested request) {
		transactions.executeWithoutResult(status -> events.publishEvent(request));
	}

	private int mails(String recipient, String marker) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ? AND subject LIKE ?",
				Integer.class, recipient, "%" + marker + "%");
	}

	private String page(UserDetails account, String path) throws Exception {
		return mvc.perform(get(path).with(user(account))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aNoticeReachesEachRecipientInTheSiteAndByMailUnlessTheyTurnedTheTopicOff() throws Exception {
		UserDetails citizen = account("citizen@example.jp");
		UserDetails member = account("member@example.jp");
		String marker = UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/account/notices/mail").with(csrf()).with(user(citizen)).param("topic", "MATCHING"))
			.andExpect(redirectedUrl("/account/notices/mail"));
		mvc.perform(post("/account/notices/mail").with(csrf()).with(user(member)).param("topic", "VOLUNTEERING"))
			.andExpect(redirectedUrl("/account/notices/mail"));
		assertThat(notices.mailed(id(member))).containsExactly(NoticeTopic.VOLUNTEERING);

		publish(new NoticeRequested(Set.of(id(citizen), id(member)), NoticeTopic.MATCHING, "関心が届きました " + marker,
				"あなたの「したい」に関心が寄せられました。", "/matching/posts/1"));

		assertThat(mails("citizen@example.jp", marker)).isEqualTo(1);
		assertThat(mails("member@example.jp", marker)).isZero();
		assertThat(page(citizen, "/account/notices")).contains("関心が届きました " + marker);
		assertThat(page(member, "/account/notices")).contains("関心が届きました " + marker);
		assertThat(notices.unread(id(member))).isPositive();
		assertThat(page(member, "/account/profile")).contains("お知らせ（未読 " + notices.unread(id(member)) + " 件）");

		publish(new NoticeRequested(Set.of(id(member)), NoticeTopic.VOLUNTEERING, "明日の活動 " + marker, "明日です。",
				"/volunteering/1"));
		assertThat(mails("member@example.jp", marker)).isEqualTo(1);
		mvc.perform(post("/account/notices/mail").with(csrf()).with(user(member)))
			.andExpect(redirectedUrl("/account/notices/mail"));
		assertThat(notices.mailed(id(member))).isEmpty();
	}

	@Test
	void aChangeRolledBackLeavesNoNoticeAndSendsNoMail() {
		UserDetails citizen = account("citizen@example.jp");
		String marker = UUID.randomUUID().toString().substring(0, 8);
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			events.publishEvent(new NoticeRequested(Set.of(id(citizen)), NoticeTopic.LOCAL_ISSUES, "取り消し " + marker,
					"本文", "/issues/1"));
			throw new IllegalStateException("the change fails after asking for the notice");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(mails("citizen@example.jp", marker)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE subject LIKE ?", Integer.class,
				"%" + marker + "%")).isZero();
	}

	@Test
	void eachPersonOpensOnlyTheirOwnNoticesAndOpeningMarksItRead() throws Exception {
		UserDetails citizen = account("citizen@example.jp");
		UserDetails member = account("member@example.jp");
		String marker = UUID.randomUUID().toString().substring(0, 8);
		publish(new NoticeRequested(Set.of(id(citizen)), NoticeTopic.TALENT, "紹介の記録 " + marker, "本文",
				"/account/talent"));
		long noticeId = jdbc.queryForObject("SELECT id FROM notice WHERE subject = ?", Long.class, "紹介の記録 " + marker);

		assertThat(page(member, "/account/notices")).doesNotContain(marker);
		mvc.perform(post("/account/notices/" + noticeId + "/open").with(csrf()).with(user(member)))
			.andExpect(redirectedUrl("/account/notices"));
		assertThat(jdbc.queryForObject("SELECT read_at FROM notice WHERE id = ?", java.sql.Timestamp.class, noticeId))
			.isNull();

		mvc.perform(post("/account/notices/" + noticeId + "/open").with(csrf()).with(user(citizen)))
			.andExpect(redirectedUrl("/account/talent"));
		assertThat(jdbc.queryForObject("SELECT read_at FROM notice WHERE id = ?", java.sql.Timestamp.class, noticeId))
			.isNotNull();

		mvc.perform(post("/account/notices/read").with(csrf()).with(user(citizen)))
			.andExpect(redirectedUrl("/account/notices"));
		assertThat(notices.unread(id(citizen))).isZero();
		assertThat(page(citizen, "/account/profile")).contains(">お知らせ<").doesNotContain("お知らせ（未読");
		assertThat(page(citizen, "/account/notices/mail")).contains("メールで受け取るお知らせ");
	}

	@Test
	void theExportCarriesTheNoticesAndVisitorsAreSentToSignIn() throws Exception {
		UserDetails reporter = account("reporter@example.jp");
		String marker = UUID.randomUUID().toString().substring(0, 8);
		publish(new NoticeRequested(Set.of(id(reporter)), NoticeTopic.MATCHING, "書き出し " + marker, "本文", "/"));
		String export = mvc.perform(get("/account/data/export").with(user(reporter))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).contains("\"notices\"").contains("書き出し " + marker);
		mvc.perform(get("/account/notices")).andExpect(status().is3xxRedirection());
	}
}
