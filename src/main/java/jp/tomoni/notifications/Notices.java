package jp.tomoni.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import jp.tomoni.mail.MailMessage;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.shared.NoticeRequested;
import jp.tomoni.shared.NoticeTopic;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns each {@link NoticeRequested} into a notice per recipient and, where the recipient has not turned the topic's
 * mails off, a mail through the outbox — in the transaction of the change that asked for it, so that a change rolled
 * back leaves no notice and sends no mail. People list and read their notices and choose their mails here.
 */
@Service
public class Notices {

	/** A notice as the person's list shows it. */
	record View(long id, NoticeTopic topic, String subject, String body, String link, Instant createdAt,
			boolean unread, boolean mailed) {
	}

	private final NoticeRepository notices;

	private final JdbcClient jdbc;

	/** Looked up when needed: AccountManagement collects every PersonalDataContributor, this module's among them. */
	private final ObjectProvider<AccountManagement> accounts;

	private final MailOutbox outbox;

	private final Clock clock;

	private final String baseUrl;

	Notices(NoticeRepository notices, JdbcClient jdbc, ObjectProvider<AccountManagement> accounts, MailOutbox outbox,
			Clock clock, @Value("${tomoni.base-url:http://localhost:8080}") String baseUrl) {
		this.notices = notices;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.outbox = outbox;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Keeps the notice for every recipient whose account still exists, and mails those who want it. */
	@EventListener
	@Transactional
	void on(NoticeRequested request) {
		Instant now = clock.instant();
		for (long recipient : request.recipients().stream().sorted().toList()) {
			AccountView account = accounts.getObject().find(recipient).orElse(null);
			if (account == null) {
				continue;
			}
			boolean mail = !mailOff(recipient).contains(request.topic());
			notices.save(new Notice(recipient, request.topic(), request.subject(), request.body(), request.link(), now,
					mail));
			if (mail) {
				outbox.send(new MailMessage(account.email(), request.subject(),
						request.body() + "\n\n" + baseUrl + request.link() + "\n\n"
								+ "このメールの受け取りは、" + baseUrl + "/account/notices/mail で変更できます。\n"));
			}
		}
	}

	@Transactional(readOnly = true)
	Page<View> list(long accountId, int page) {
		return notices.findByAccountIdOrderByCreatedAtDescIdDesc(accountId, PageRequest.of(Math.max(page, 0), 30))
			.map(Notices::view);
	}

	/** How many notices the person has not read yet (shown in the header of every page). */
	@Transactional(readOnly = true)
	public long unread(long accountId) {
		return notices.countByAccountIdAndReadAtIsNull(accountId);
	}

	/**
	 * Marks one of the person's notices read and gives where it links to; empty when the notice is not theirs.
	 */
	@Transactional
	@Nullable String open(long accountId, long noticeId) {
		return notices.findByIdAndAccountId(noticeId, accountId).map(notice -> {
			notice.read(clock.instant());
			return notice.link();
		}).orElse(null);
	}

	@Transactional
	int readAll(long accountId) {
		return notices.readAll(accountId, clock.instant());
	}

	/** The topics whose notices the person also receives by mail. */
	@Transactional(readOnly = true)
	Set<NoticeTopic> mailed(long accountId) {
		Set<NoticeTopic> topics = EnumSet.allOf(NoticeTopic.class);
		topics.removeAll(mailOff(accountId));
		return topics;
	}

	/** Sets the topics the person receives by mail; the others are kept in the site only. */
	@Transactional
	void chooseMails(long accountId, Set<NoticeTopic> mailed) {
		jdbc.sql("DELETE FROM notice_mail_off WHERE account_id = ?").param(accountId).update();
		for (NoticeTopic topic : NoticeTopic.values()) {
			if (!mailed.contains(topic)) {
				jdbc.sql("INSERT INTO notice_mail_off (account_id, topic) VALUES (?, ?)")
					.param(accountId)
					.param(topic.name())
					.update();
			}
		}
	}

	List<View> all(long accountId) {
		return notices.findByAccountIdOrderByCreatedAtDescIdDesc(accountId).stream().map(Notices::view).toList();
	}

	void erase(long accountId) {
		notices.deleteByAccount(accountId);
		jdbc.sql("DELETE FROM notice_mail_off WHERE account_id = ?").param(accountId).update();
	}

	private Set<NoticeTopic> mailOff(long accountId) {
		Set<NoticeTopic> off = EnumSet.noneOf(NoticeTopic.class);
		jdbc.sql("SELECT topic FROM notice_mail_off WHERE account_id = ?")
			.param(accountId)
			.query(String.class)
			.list()
			.forEach(topic -> off.add(NoticeTopic.valueOf(topic)));
		return off;
	}

	private static View view(Notice notice) {
		return new View(notice.id(), notice.topic(), notice.subject(), notice.body(), notice.link(),
				notice.createdAt(), notice.readAt() == null, notice.mailed());
	}
}
