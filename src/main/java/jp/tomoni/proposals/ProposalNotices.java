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

	/** A group named as co-proposer on a draft: its administrators are asked to consent (decision 0074). */
	void partnerNamed(Proposal proposal, String callTitle, String groupName, Set<Long> recipients) {
		if (recipients.isEmpty()) {
			return;
		}
		String title = proposal.title() == null ? text("proposal.untitled") : proposal.title();
		events.publishEvent(new NoticeRequested(recipients, NoticeTopic.PROPOSALS,
				text("proposal.notice.partnerNamed.subject", groupName, title),
				text("proposal.notice.partnerNamed.body", proposal.groupName(), groupName, callTitle, title),
				"/account/proposals/" + proposal.id()));
	}

	/** A co-proposer consented: the lead group's administrators are told. */
	void partnerConsented(Proposal proposal, String callTitle, String groupName, Set<Long> recipients) {
		if (recipients.isEmpty()) {
			return;
		}
		String title = proposal.title() == null ? text("proposal.untitled") : proposal.title();
		events.publishEvent(new NoticeRequested(recipients, NoticeTopic.PROPOSALS,
				text("proposal.notice.partnerConsented.subject", groupName, title),
				text("proposal.notice.partnerConsented.body", groupName, callTitle, title),
				"/account/proposals/" + proposal.id()));
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.JAPANESE);
	}
}
