package jp.tomoni.localissues;

import java.util.Locale;
import java.util.Set;

import jp.tomoni.shared.NoticeRequested;
import jp.tomoni.shared.NoticeTopic;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Asks the notifications module to tell people of a change, inside the transaction that made it: the poster of each
 * status change, the administrators of each chosen group. Texts in Japanese, the platform's first language.
 */
@Component
class IssueNotices {

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	IssueNotices(ApplicationEventPublisher events, MessageSource messages) {
		this.events = events;
		this.messages = messages;
	}

	void statusChanged(LocalIssue issue, StatusLine line, long poster) {
		String status = text(line.status().messageKey());
		String body = text("localIssue.notice.status.body", issue.title(), status)
				+ (line.note() == null ? "" : "\n\n" + text("localIssue.notice.note", line.note()));
		events.publishEvent(new NoticeRequested(Set.of(poster), NoticeTopic.LOCAL_ISSUES,
				text("localIssue.notice.status.subject", issue.title(), status), body, "/issues/" + issue.id()));
	}

	void chosen(LocalIssue issue, Proposal proposal, Set<Long> administrators) {
		if (administrators.isEmpty()) {
			return;
		}
		events.publishEvent(new NoticeRequested(administrators, NoticeTopic.LOCAL_ISSUES,
				text("localIssue.notice.chosen.subject", issue.title()),
				text("localIssue.notice.chosen.body", issue.title(), proposal.groupName(), proposal.chosenReason()),
				"/issues/" + issue.id()));
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.JAPANESE);
	}
}
