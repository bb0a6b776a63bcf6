package jp.tomoni.proposals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.projects.CollaborationFormView;
import jp.tomoni.projects.CollaborationVocabulary;
import jp.tomoni.projects.PartnerKind;
import jp.tomoni.projects.ProjectCommand;
import jp.tomoni.projects.ProjectIndicator;
import jp.tomoni.projects.ProjectMilestone;
import jp.tomoni.projects.ProjectOrigin;
import jp.tomoni.projects.ProjectPartner;
import jp.tomoni.projects.ProjectStatus;
import jp.tomoni.projects.Projects;
import jp.tomoni.proposals.ProposalLines.Partner;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * City staff decide each proposal under review once the review is closed (decision 0068), and publish a call's results
 * once every proposal is decided. An adoption registers a collaboration project (origin PROPOSAL, the lead and
 * co-proposing groups as partners with their roles, the city taking part, the proposal's schedule and indicators as
 * the project's plan, decision 0072) in the same transaction: if the register
 * refuses it, nothing is decided. The groups' administrators are told; everything is audited.
 */
@Service
class Decisions {

	/** A form of collaboration offered in the decision form. */
	public record FormOption(String code, String name) {
	}

	private final ProposalRepository proposals;

	private final Calls calls;

	private final Projects projects;

	private final CollaborationVocabulary vocabulary;

	private final GroupMembers members;

	private final ProposalNotices notices;

	private final AuditLog auditLog;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	Decisions(ProposalRepository proposals, Calls calls, Projects projects, CollaborationVocabulary vocabulary,
			GroupMembers members, ProposalNotices notices, AuditLog auditLog, Clock clock,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.proposals = proposals;
		this.calls = calls;
		this.projects = projects;
		this.vocabulary = vocabulary;
		this.members = members;
		this.notices = notices;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The forms of collaboration still offered, in the reader's language. */
	@Transactional(readOnly = true)
	List<FormOption> forms(Locale locale) {
		return vocabulary.forms()
			.stream()
			.filter(f -> !f.retired())
			.map(f -> new FormOption(f.code(), f.name(locale)))
			.toList();
	}

	/** Whether staff may decide this proposal now: under review, and the review closed. */
	@Transactional(readOnly = true)
	boolean decidable(long proposalId) {
		Proposal proposal = find(proposalId);
		return proposal.status() == ProposalStatus.UNDER_REVIEW
				&& calls.find(proposal.callId()).reviewPhase() == ReviewPhase.CLOSED;
	}

	/** The decision form with its defaults. */
	@Transactional(readOnly = true)
	DecisionForm freshForm(long proposalId) {
		ProposalCall call = calls.find(find(proposalId).callId());
		List<CollaborationFormView> offered = vocabulary.forms().stream().filter(f -> !f.retired()).toList();
		return DecisionForm.fresh(call, offered.isEmpty() ? null : offered.get(0).code());
	}

	/** The decision; an adoption registers the project and links it. */
	@Transactional
	void decide(long proposalId, Actor actor, DecisionForm form) {
		Proposal proposal = find(proposalId);
		ProposalCall call = calls.find(proposal.callId());
		if (call.reviewPhase() != ReviewPhase.CLOSED) {
			throw new ProposalRuleViolation("outcome", "proposal.decision.reviewNotClosed");
		}
		Instant now = clock.instant();
		proposal.decide(actor, form.status(), form.reason(), form.conditions(), now);
		auditLog.record(new AuditRecord("proposal.decided:" + proposal.status().name(), "proposal",
				Long.toString(proposal.id())));
		if (form.adopted()) {
			long project = register(proposal, call, form, now);
			proposal.linkProject(project);
			auditLog.record(new AuditRecord("proposal.project-registered:" + project, "proposal",
					Long.toString(proposal.id())));
		}
		notices.statusChanged(proposal, call.title(), recipients(proposal, actor));
	}

	/** 結果公表: once the review is closed and every proposal of the review decided. */
	@Transactional
	void publishResults(long callId, Actor actor) {
		ProposalCall call = calls.find(callId);
		boolean allDecided = proposals.ofCall(callId, Reviews.REVIEWED).stream().allMatch(p -> p.status().decided());
		call.publishResults(actor, allDecided, clock.instant());
		auditLog.record(new AuditRecord("proposal-call.results-published", "proposal-call", Long.toString(callId)));
	}

	/**
	 * Why a group is a partner, as stored in the register: in Japanese, the language of the municipality's records,
	 * from the message bundle rather than from code.
	 */
	private String reason(String key, long proposalId) {
		return messages.getMessage(key, new Object[] { proposalId }, Locale.JAPANESE);
	}

	private long register(Proposal proposal, ProposalCall call, DecisionForm form, Instant now) {
		LocalDate start = form.start();
		if (start == null) {
			throw new ProposalRuleViolation("startDate", "proposal.decision.startDate");
		}
		LocalDate end = form.end();
		LocalDate today = LocalDate.ofInstant(now, FiscalYear.JAPAN);
		ProjectStatus status = today.isBefore(start) ? ProjectStatus.PLANNED
				: end != null && today.isAfter(end) ? ProjectStatus.FINISHED : ProjectStatus.RUNNING;
		List<ProjectPartner> partners = new ArrayList<>();
		partners.add(new ProjectPartner(proposal.groupId(), proposal.groupName(), PartnerKind.GROUP,
				cut(proposal.groupRole(), 500), reason("proposal.project.reason.lead", proposal.id())));
		for (Partner partner : proposal.partners()) {
			partners.add(new ProjectPartner(partner.groupId(), partner.groupName(), PartnerKind.GROUP,
					cut(partner.role(), 500), reason("proposal.project.reason.partner", proposal.id())));
		}
		String title = proposal.title() == null ? call.title() : proposal.title();
		String summary = proposal.problem() == null ? title : cut(proposal.problem(), 4000);
		try {
			return projects.register(new ProjectCommand(title, summary, form.formCode() == null ? "" : form.formCode(),
					null, true, form.departmentCode() == null || form.departmentCode().isBlank() ? null
							: form.departmentCode(),
					Set.copyOf(form.fields()), null, start, end, ProjectOrigin.PROPOSAL, proposal.id(), status,
					partners, milestones(proposal), indicators(proposal)));
		}
		catch (RuleViolation refused) {
			throw new ProposalRuleViolation(refused.field(), refused.code(), refused.arguments());
		}
	}

	/** The proposal's schedule as the project's plan: the lines a submitted proposal has, both halves filled. */
	private static List<ProjectMilestone> milestones(Proposal proposal) {
		return proposal.schedule()
			.stream()
			.filter(l -> !cut(l.period(), 100).isEmpty() && !cut(l.activity(), 1000).isEmpty())
			.map(l -> new ProjectMilestone(cut(l.period(), 100), cut(l.activity(), 1000)))
			.toList();
	}

	/** The proposal's indicators and targets as the project's: the lines with both halves filled. */
	private static List<ProjectIndicator> indicators(Proposal proposal) {
		return proposal.indicators()
			.stream()
			.filter(l -> !cut(l.what(), 500).isEmpty() && !cut(l.target(), 200).isEmpty())
			.map(l -> new ProjectIndicator(cut(l.what(), 500), cut(l.target(), 200)))
			.toList();
	}

	private static String cut(@Nullable String text, int max) {
		String value = text == null ? "" : text.strip();
		return value.length() <= max ? value : value.substring(0, max);
	}

	/** The administrators of the proposing and co-proposing groups. */
	private Set<Long> recipients(Proposal proposal, Actor actor) {
		Set<Long> recipients = new LinkedHashSet<>(members.administratorsOf(proposal.groupId()));
		proposal.partners().forEach(p -> recipients.addAll(members.administratorsOf(p.groupId())));
		recipients.remove(actor.accountId());
		return recipients;
	}

	private Proposal find(long id) {
		Proposal proposal = proposals.findById(id)
			.filter(p -> EnumSet.complementOf(EnumSet.of(ProposalStatus.DRAFT)).contains(p.status()))
			.orElseThrow(() -> new ProposalNotFound("proposal", id));
		calls.find(proposal.callId());
		return proposal;
	}
}
