package jp.tomoni.proposals;

import java.util.Locale;
import java.util.Set;

import jp.tomoni.shared.NoticeRequested;
import jp.tomoni.shared.NoticeTopic;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Asks the notifications module to tell people of a change, inside the transaction that made it: the administrators
 * of the proposing and co-proposing groups when a proposal is submitted or withdrawn, and those of the group when a
 * prior consultation is recorded. Texts in Japanese, the platform's first language.
 */
@Component
class ProposalNotices {

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	ProposalNotices(ApplicationEventPublisher events, MessageSource messages) {
		this.events = events;
		this.messages = messages;
	}

	void statusChanged(Proposal proposal, String callTitle, Set<Long> recipients) {
		if (recipients.isEmpty()) {
			return;
		}
		String status = text(proposal.status().messageKey());
		String title = proposal.title() == null ? text("proposal.untitled") : proposal.title();
		events.publishEvent(new NoticeRequested(recipients, NoticeTopic.PROPOSALS,
				text("proposal.notice.status.subject", title, status),
				text("proposal.notice.status.body", callTitle, title, proposal.groupName(), status),
				"/account/proposals/" + proposal.id()));
	}

	void consultationRecorded(PriorConsultation consultation, String callTitle, Set<Long> recipients) {
		if (recipients.isEmpty()) {
			return;
		}
		events.publishEvent(new NoticeRequested(recipients, NoticeTopic.PROPOSALS,
				text("proposal.notice.consultation.subject", callTitle),
				text("proposal.notice.consultation.body", callTitle, consultation.groupName(),
						String.valueOf(consultation.heldOn())),
				"/proposals/calls/" + consultation.callId()));
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.JAPANESE);
	}
}
