package jp.tomoni.proposals;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.groups.GroupProfile;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.proposals.ProposalLines.Answer;
import jp.tomoni.proposals.ProposalLines.BudgetLine;
import jp.tomoni.proposals.ProposalLines.Indicator;
import jp.tomoni.proposals.ProposalLines.Partner;
import jp.tomoni.proposals.ProposalLines.ScheduleLine;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.SafeImages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prior consultations and proposals (decision 0066): a group's administrator asks for a consultation and drafts,
 * changes, submits and withdraws a proposal on the group's behalf, with co-proposing groups; staff record
 * consultations, read submitted proposals and count consultations by 年度. Every change is audited; the groups'
 * administrators are told of submissions, withdrawals and consultations recorded.
 */
@Service
class Proposals {

	/** Attachments: at most five, each a PDF or an image of at most 10 MB. */
	static final int MAX_ATTACHMENTS = 5;

	static final SafeImages.Limits ATTACHMENT = new SafeImages.Limits(10 * 1024 * 1024, 8000, 2400);

	/** What staff see of a call: every proposal past the draft. */
	static final Set<ProposalStatus> VISIBLE_TO_STAFF = EnumSet.complementOf(EnumSet.of(ProposalStatus.DRAFT));

	/** The proposals with a public page once their call's proposals are public: under review or decided. */
	static final Set<ProposalStatus> PUBLIC = EnumSet.of(ProposalStatus.UNDER_REVIEW, ProposalStatus.ADOPTED,
			ProposalStatus.ADOPTED_WITH_CONDITIONS, ProposalStatus.NOT_ADOPTED);

	/** A line of a list of proposals. */
	record Row(long id, long callId, String callTitle, @Nullable String title, String groupName, List<String> partners,
			ProposalStatus status, Instant updatedAt, @Nullable Instant submittedAt, boolean lead) {
	}

	/** A group a proposal may name. */
	record GroupOption(long id, String name) {
	}

	/**
	 * A co-proposing group's consent (decision 0074): given or not, and whether this viewer may give it now (one of its
	 * administrators, while the proposal is a draft of an open call).
	 */
	public record ConsentView(long groupId, String groupName, boolean confirmed, @Nullable Instant confirmedAt,
			boolean confirmable) {
	}

	/** An answer to the checklist, with its item. */
	record AnswerView(int index, SuitabilityItems.Item item, @Nullable Boolean answer, @Nullable String explanation) {
	}

	/** A prior consultation as this viewer sees it: the summary for staff only. */
	record ConsultationView(long id, String groupName, PriorConsultation.Status status, @Nullable String topic,
			@Nullable String preferredDates, @Nullable Instant requestedAt, @Nullable LocalDate heldOn,
			@Nullable String staffName, @Nullable String department, @Nullable String summary) {
	}

	/** The consultations held in a 年度. */
	record YearCount(FiscalYear year, long count) {
	}

	/** A proposal as its groups' administrators and staff see it. */
	record ProposalView(long id, Calls.CallView call, long groupId, String groupName, ProposalStatus status,
			@Nullable String title, @Nullable String problem, @Nullable String plan, @Nullable String groupRole,
			@Nullable String cityRole, @Nullable String expectedEffects, List<Partner> partners,
			List<ScheduleLine> schedule, List<BudgetLine> budget, List<Indicator> indicators,
			List<AnswerView> answers, boolean notPolitical, boolean notReligious, boolean notElectoral,
			List<AttachmentView> attachments, List<ConsultationView> consultations, boolean editable,
			boolean withdrawable, @Nullable Instant submittedAt, Instant updatedAt, @Nullable String decisionReason,
			@Nullable String decisionConditions, @Nullable Long projectId, List<ConsentView> consents) {

		public boolean decided() {
			return status.decided();
		}
	}

	private final ProposalRepository proposals;

	private final PriorConsultationRepository consultations;

	private final ProposalAttachmentRepository attachments;

	private final Calls calls;

	private final SuitabilityItems items;

	private final GroupDirectory groups;

	private final GroupMembers members;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final ProposalNotices notices;

	private final Clock clock;

	private final PartnerConsentRepository consents;

	Proposals(ProposalRepository proposals, PriorConsultationRepository consultations,
			ProposalAttachmentRepository attachments, Calls calls, SuitabilityItems items, GroupDirectory groups,
			GroupMembers members, Municipalities municipalities, AuditLog auditLog, ProposalNotices notices,
			Clock clock, PartnerConsentRepository consents) {
		this.consents = consents;
		this.proposals = proposals;
		this.consultations = consultations;
		this.attachments = attachments;
		this.calls = calls;
		this.items = items;
		this.groups = groups;
		this.members = members;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.notices = notices;
		this.clock = clock;
	}

	/** The approved groups this person administers: those on whose behalf they may consult and propose. */
	@Transactional(readOnly = true)
	List<GroupSummary> proposingGroups(long accountId) {
		return groups.groupsOf(accountId).stream().filter(g -> g.status() == GroupStatus.APPROVED).toList();
	}

	/** The approved groups that may co-propose with this group: every other approved group, in 五十音順. */
	@Transactional(readOnly = true)
	List<GroupOption> partnerCandidates(long leadGroupId) {
		return groups.publicProfiles()
			.stream()
			.map(GroupProfile::summary)
			.filter(g -> g.id() != leadGroupId)
			.map(g -> new GroupOption(g.id(), g.name()))
			.toList();
	}

	// ---------------------------------------------------------------- prior consultations

	/** A group's administrator asks for a prior consultation about an open call. */
	@Transactional
	long requestConsultation(long callId, Actor actor, long groupId, String topic, String preferredDates) {
		GroupSummary group = administered(actor, groupId, "groupId");
		ProposalCall call = calls.visible(callId, actor);
		PriorConsultation consultation = consultations.save(PriorConsultation.request(call, actor, group.id(),
				group.name(), topic, preferredDates, clock.instant()));
		auditLog.record(new AuditRecord("proposal-consultation.requested", "proposal-consultation",
				Long.toString(consultation.id())));
		return consultation.id();
	}

	/**
	 * Staff record a consultation held: one requested ({@code requestId}) or a new one with an approved group. The
	 * group's administrators are told it was recorded (not the summary, which is for staff).
	 */
	@Transactional
	long recordConsultation(long callId, Actor actor, @Nullable Long requestId, @Nullable Long groupId,
			PriorConsultation.Record record) {
		ProposalCall call = calls.find(callId);
		if (record.departmentCode() != null && !calls.knownDepartment(record.departmentCode())) {
			throw new ProposalRuleViolation("departmentCode", "proposalCall.departmentCode.unknown");
		}
		PriorConsultation consultation;
		if (requestId != null) {
			consultation = consultations.findById(requestId)
				.filter(c -> c.callId() == callId)
				.orElseThrow(() -> new ProposalRuleViolation("requestId", "proposal.consultation.unknownRequest"));
			consultation.record(actor, record, clock.instant());
		}
		else {
			if (groupId == null) {
				throw new ProposalRuleViolation("groupId", "proposal.consultation.groupRequired");
			}
			GroupOption group = partnerCandidates(-1).stream()
				.filter(g -> g.id() == groupId)
				.findFirst()
				.orElseThrow(() -> new ProposalRuleViolation("groupId", "proposal.consultation.groupRequired"));
			consultation = consultations
				.save(PriorConsultation.held(call, actor, group.id(), group.name(), record, clock.instant()));
		}
		auditLog.record(new AuditRecord("proposal-consultation.recorded", "proposal-consultation",
				Long.toString(consultation.id())));
		Set<Long> recipients = new LinkedHashSet<>(members.administratorsOf(consultation.groupId()));
		recipients.remove(actor.accountId());
		notices.consultationRecorded(consultation, call.title(), recipients);
		return consultation.id();
	}

	/** Every consultation about a call, for staff. */
	@Transactional(readOnly = true)
	List<ConsultationView> consultationsOf(long callId, Locale locale) {
		calls.find(callId);
		return consultations.ofCall(callId).stream().map(c -> consultationView(c, true, locale)).toList();
	}

	/** The consultations held, by 年度, latest first. */
	@Transactional(readOnly = true)
	List<YearCount> consultationCounts() {
		Map<FiscalYear, Long> counts = new TreeMap<>(java.util.Comparator.reverseOrder());
		counts.put(FiscalYear.current(clock), 0L);
		for (LocalDate day : consultations.heldDays(code())) {
			counts.merge(FiscalYear.of(day), 1L, Long::sum);
		}
		return counts.entrySet().stream().map(e -> new YearCount(e.getKey(), e.getValue())).toList();
	}

	// ---------------------------------------------------------------- proposals

	/** A group's administrator starts a draft for the group; a group makes one proposal to a call (or withdraws it). */
	@Transactional
	long draft(long callId, Actor actor, long groupId) {
		GroupSummary group = administered(actor, groupId, "groupId");
		ProposalCall call = calls.visible(callId, actor);
		boolean already = proposals.ofCall(callId, EnumSet.complementOf(EnumSet.of(ProposalStatus.WITHDRAWN)))
			.stream()
			.anyMatch(p -> p.groupId() == groupId);
		if (already) {
			throw new ProposalRuleViolation("groupId", "proposal.alreadyProposed", group.name());
		}
		Proposal proposal = proposals.save(Proposal.draft(call, actor, group.id(), group.name(), clock.instant()));
		audit("proposal.drafted", proposal);
		return proposal.id();
	}

	/** The proposals of the groups this person administers, as lead or co-proposer. */
	@Transactional(readOnly = true)
	List<Row> mine(long accountId) {
		Set<Long> groupIds = groups.groupsOf(accountId).stream().map(GroupSummary::id).collect(Collectors.toSet());
		if (groupIds.isEmpty()) {
			return List.of();
		}
		return proposals.ofGroups(code(), groupIds)
			.stream()
			.map(p -> row(p, groupIds.contains(p.groupId())))
			.toList();
	}

	/** The proposals of a call past the draft, for staff. */
	@Transactional(readOnly = true)
	List<Row> ofCall(long callId) {
		calls.find(callId);
		return proposals.ofCall(callId, VISIBLE_TO_STAFF).stream().map(p -> row(p, true)).toList();
	}

	/**
	 * A proposal for its lead group's administrators (who may change a draft), the co-proposers' administrators (who
	 * read it once submitted) and staff (once submitted).
	 */
	@Transactional(readOnly = true)
	ProposalView view(long id, Actor viewer, Locale locale) {
		Proposal proposal = readable(id, viewer);
		ProposalCall call = calls.find(proposal.callId());
		Instant now = clock.instant();
		boolean lead = members.administers(viewer.accountId(), proposal.groupId());
		boolean staff = viewer.staff();
		List<ConsultationView> consulted = consultations.ofGroup(call.id(), proposal.groupId())
			.stream()
			.map(c -> consultationView(c, staff, locale))
			.toList();
		return new ProposalView(proposal.id(), calls.view(call.id(), viewer, locale), proposal.groupId(),
				proposal.groupName(), proposal.status(), proposal.title(), proposal.problem(), proposal.plan(),
				proposal.groupRole(), proposal.cityRole(), proposal.expectedEffects(), proposal.partners(),
				proposal.schedule(), proposal.budget(), proposal.indicators(), answers(proposal, call, locale),
				proposal.notPolitical(), proposal.notReligious(), proposal.notElectoral(), attachments.listed(id),
				consulted, lead && viewer.groupAdministrator() && proposal.editable(call, now),
				lead && viewer.groupAdministrator() && Proposal.WITHDRAWABLE.contains(proposal.status()),
				proposal.submittedAt(), proposal.updatedAt(), proposal.decisionReason(), proposal.decisionConditions(),
				proposal.projectId(), consentViews(proposal, call, viewer, now));
	}

	private List<ConsentView> consentViews(Proposal proposal, ProposalCall call, Actor viewer, Instant now) {
		Map<Long, PartnerConsent> given = consents.ofProposal(proposal.id())
			.stream()
			.collect(Collectors.toMap(PartnerConsent::groupId, c -> c, (a, b) -> a));
		boolean open = proposal.editable(call, now);
		return proposal.partners().stream().map(p -> {
			PartnerConsent consent = given.get(p.groupId());
			return new ConsentView(p.groupId(), p.groupName(), consent != null,
					consent == null ? null : consent.confirmedAt(),
					consent == null && open && viewer.groupAdministrator()
							&& members.administers(viewer.accountId(), p.groupId()));
		}).toList();
	}

	/**
	 * A proposal as everybody reads it (decision 0071): once its call has opened residents' opinions or published its
	 * results, a proposal under review or decided; without attachments (they may hold personal data) nor prior
	 * consultations, and with its decision only once the results are published.
	 */
	@Transactional(readOnly = true)
	ProposalView publicView(long callId, long id, Locale locale) {
		Proposal proposal = publicProposal(callId, id);
		ProposalCall call = calls.find(proposal.callId());
		boolean results = call.reviewPhase() == ReviewPhase.PUBLISHED;
		ProposalStatus status = proposal.status().decided() && !results ? ProposalStatus.UNDER_REVIEW
				: proposal.status();
		return new ProposalView(proposal.id(), calls.view(call.id(), null, locale), proposal.groupId(),
				proposal.groupName(), status, proposal.title(), proposal.problem(), proposal.plan(),
				proposal.groupRole(), proposal.cityRole(), proposal.expectedEffects(), proposal.partners(),
				proposal.schedule(), proposal.budget(), proposal.indicators(), answers(proposal, call, locale),
				proposal.notPolitical(), proposal.notReligious(), proposal.notElectoral(), List.of(), List.of(), false,
				false, proposal.submittedAt(), proposal.updatedAt(), results ? proposal.decisionReason() : null,
				results ? proposal.decisionConditions() : null, results ? proposal.projectId() : null, List.of());
	}

	/** The proposals of a call everybody may read, in the order they were submitted; none before they are public. */
	@Transactional(readOnly = true)
	List<Row> publicOf(long callId) {
		ProposalCall call = calls.visible(callId, null);
		if (!call.proposalsPublic()) {
			return List.of();
		}
		boolean results = call.reviewPhase() == ReviewPhase.PUBLISHED;
		return proposals.ofCall(callId, PUBLIC)
			.stream()
			.map(p -> new Row(p.id(), call.id(), call.title(), p.title(), p.groupName(),
					p.partners().stream().map(Partner::groupName).toList(),
					p.status().decided() && !results ? ProposalStatus.UNDER_REVIEW : p.status(), p.updatedAt(),
					p.submittedAt(), false))
			.toList();
	}

	/** A proposal of this call everybody may read, or not found. */
	Proposal publicProposal(long callId, long id) {
		Proposal proposal = find(id);
		ProposalCall call = calls.visible(proposal.callId(), null);
		if (call.id() != callId || !call.proposalsPublic() || !PUBLIC.contains(proposal.status())) {
			throw new ProposalNotFound("proposal", id);
		}
		return proposal;
	}

	private List<AnswerView> answers(Proposal proposal, ProposalCall call, Locale locale) {
		Map<String, Answer> answers = proposal.answersByItem();
		List<SuitabilityItems.Item> asked = items.of(call.suitability(), locale);
		List<AnswerView> answerViews = new ArrayList<>();
		for (int i = 0; i < asked.size(); i++) {
			Answer a = answers.get(asked.get(i).code());
			answerViews.add(new AnswerView(i, asked.get(i), a == null ? null : a.answer(), a == null ? null : a.explanation()));
		}
		return answerViews;
	}

	/** The form of a draft, for its lead group's administrators. */
	@Transactional(readOnly = true)
	ProposalForm form(long id, Actor actor) {
		Proposal proposal = own(id, actor);
		return ProposalForm.of(proposal, calls.find(proposal.callId()).suitability());
	}

	/** The call's checklist codes, in order, for the form. */
	@Transactional(readOnly = true)
	List<String> asked(long id, Actor actor) {
		return calls.find(own(id, actor).callId()).suitability();
	}

	/** The draft keeps what was typed (co-proposers must be approved groups other than the proposer). */
	@Transactional
	void save(long id, Actor actor, ProposalForm form) {
		Proposal proposal = own(id, actor);
		ProposalCall call = calls.find(proposal.callId());
		Map<Long, String> candidates = partnerCandidates(proposal.groupId()).stream()
			.collect(Collectors.toMap(GroupOption::id, GroupOption::name));
		ProposalContent content = form.toContent(call.suitability(), candidates::get);
		Set<Long> before = proposal.partners().stream().map(Partner::groupId).collect(Collectors.toSet());
		proposal.save(call, actor, content, clock.instant());
		audit("proposal.saved", proposal);
		// Groups newly named are asked for their consent; a group dropped loses the consent it gave.
		Set<Long> now = proposal.partners().stream().map(Partner::groupId).collect(Collectors.toSet());
		consents.ofProposal(id).stream().filter(c -> !now.contains(c.groupId())).forEach(consents::delete);
		for (Partner partner : proposal.partners()) {
			if (!before.contains(partner.groupId())) {
				Set<Long> recipients = new LinkedHashSet<>(members.administratorsOf(partner.groupId()));
				recipients.remove(actor.accountId());
				notices.partnerNamed(proposal, call.title(), partner.groupName(), recipients);
			}
		}
	}

	/** Submission: final; the groups' other administrators are told. */
	@Transactional(noRollbackFor = Proposal.Incomplete.class)
	void submit(long id, Actor actor) {
		Proposal proposal = own(id, actor);
		ProposalCall call = calls.find(proposal.callId());
		proposal.submit(call, actor, clock.instant());
		requireConsents(proposal, actor);
		audit("proposal.submitted", proposal);
		notices.statusChanged(proposal, call.title(), recipients(proposal, actor));
	}

	/**
	 * Every co-proposing group has consented: the submitter consents for the groups they administer; for the others
	 * their administrators must have (decision 0074). Otherwise the submission is refused naming them, and rolled back.
	 */
	private void requireConsents(Proposal proposal, Actor actor) {
		Set<Long> given = consents.ofProposal(proposal.id())
			.stream()
			.map(PartnerConsent::groupId)
			.collect(Collectors.toSet());
		List<String> missing = new ArrayList<>();
		for (Partner partner : proposal.partners()) {
			if (given.contains(partner.groupId())) {
				continue;
			}
			if (members.administers(actor.accountId(), partner.groupId())) {
				consents.save(new PartnerConsent(proposal.id(), partner.groupId(), actor.accountId(), clock.instant()));
			}
			else {
				missing.add(partner.groupName());
			}
		}
		if (!missing.isEmpty()) {
			throw new ProposalRuleViolation("partnerGroupId", "proposal.partner.notConsented", String.join("、", missing));
		}
	}

	/**
	 * A co-proposing group's administrator consents to the draft that names the group, while the call is open; the lead
	 * group's administrators are told.
	 */
	@Transactional
	void consent(long id, Actor actor, long groupId) {
		Proposal proposal = find(id);
		Partner partner = proposal.partners()
			.stream()
			.filter(p -> p.groupId() == groupId)
			.findFirst()
			.orElseThrow(() -> new ProposalNotFound("proposal", id));
		if (!actor.groupAdministrator() || !members.administers(actor.accountId(), groupId)) {
			throw new ProposalNotFound("proposal", id);
		}
		ProposalCall call = calls.find(proposal.callId());
		if (!proposal.editable(call, clock.instant())) {
			throw new ProposalRuleViolation("groupId", "proposal.partner.consentClosed");
		}
		if (consents.ofProposal(id).stream().anyMatch(c -> c.groupId() == groupId)) {
			return;
		}
		consents.save(new PartnerConsent(id, groupId, actor.accountId(), clock.instant()));
		auditLog.record(new AuditRecord("proposal.partner-consented:" + groupId, "proposal", Long.toString(id)));
		Set<Long> recipients = new LinkedHashSet<>(members.administratorsOf(proposal.groupId()));
		recipients.remove(actor.accountId());
		notices.partnerConsented(proposal, call.title(), partner.groupName(), recipients);
	}

	/** Withdrawal by the group, before the decision; the groups' other administrators are told. */
	@Transactional
	void withdraw(long id, Actor actor) {
		Proposal proposal = own(id, actor);
		ProposalCall call = calls.find(proposal.callId());
		proposal.withdraw(actor, clock.instant());
		audit("proposal.withdrawn", proposal);
		notices.statusChanged(proposal, call.title(), recipients(proposal, actor));
	}

	/**
	 * Attaches a file to a draft: a PDF (checked to open as one) kept as it came, or an image made anew; at most
	 * {@link #MAX_ATTACHMENTS}, each at most 10 MB.
	 */
	@Transactional
	long attach(long id, Actor actor, String fileName, byte[] content) {
		Proposal proposal = own(id, actor);
		ProposalCall call = calls.find(proposal.callId());
		if (!proposal.editable(call, clock.instant())) {
			throw new ProposalRuleViolation("attachment", "proposal.attachment.notDraft");
		}
		if (attachments.countOf(id) >= MAX_ATTACHMENTS) {
			throw new ProposalRuleViolation("attachment", "proposal.attachment.tooMany", MAX_ATTACHMENTS);
		}
		String name = fileName.isBlank() ? "attachment" : fileName.strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		ProposalAttachment attachment;
		if (isPdf(content)) {
			attachment = new ProposalAttachment(id, name, "application/pdf", content, clock.instant());
		}
		else {
			SafeImages.Reencoded image = reencode(content);
			attachment = new ProposalAttachment(id, name, image.contentType(), image.bytes(), clock.instant());
		}
		attachment = attachments.save(attachment);
		audit("proposal.attached", proposal);
		return attachment.id();
	}

	@Transactional
	void detach(long id, Actor actor, long attachmentId) {
		Proposal proposal = own(id, actor);
		if (!proposal.editable(calls.find(proposal.callId()), clock.instant())) {
			throw new ProposalRuleViolation("attachment", "proposal.attachment.notDraft");
		}
		ProposalAttachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.proposalId() == id)
			.orElseThrow(() -> new ProposalNotFound("attachment", attachmentId));
		attachments.delete(attachment);
		audit("proposal.detached", proposal);
	}

	/** An attachment, for whoever may read the proposal. */
	@Transactional(readOnly = true)
	ProposalAttachment attachment(long id, long attachmentId, Actor viewer) {
		readable(id, viewer);
		return attachments.findById(attachmentId)
			.filter(a -> a.proposalId() == id)
			.orElseThrow(() -> new ProposalNotFound("attachment", attachmentId));
	}

	/** The size check made before an upload is read into memory. */
	static void checkSize(long bytes) {
		try {
			SafeImages.checkSize(bytes, ATTACHMENT);
		}
		catch (SafeImages.Refused refused) {
			throw refusal(refused);
		}
	}

	private static boolean isPdf(byte[] content) {
		if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
			return false;
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			return document.getNumberOfPages() > 0;
		}
		catch (IOException notAPdf) {
			throw new ProposalRuleViolation("attachment", "proposal.attachment.notPdf");
		}
	}

	private static SafeImages.Reencoded reencode(byte[] content) {
		try {
			return SafeImages.reencode(content, ATTACHMENT);
		}
		catch (SafeImages.Refused refused) {
			throw refusal(refused);
		}
	}

	private static ProposalRuleViolation refusal(SafeImages.Refused refused) {
		String code = switch (refused.refusal()) {
			case EMPTY -> "proposal.attachment.empty";
			case TOO_LARGE -> "proposal.attachment.tooLarge";
			case TOO_MANY_PIXELS -> "proposal.attachment.tooManyPixels";
			case NOT_IMAGE -> "proposal.attachment.notPdfOrImage";
		};
		return new ProposalRuleViolation("attachment", code, refused.arguments());
	}

	/** The administrators of the proposing and co-proposing groups, but the one who acted. */
	private Set<Long> recipients(Proposal proposal, Actor actor) {
		Set<Long> recipients = new LinkedHashSet<>(members.administratorsOf(proposal.groupId()));
		proposal.partners().forEach(p -> recipients.addAll(members.administratorsOf(p.groupId())));
		recipients.remove(actor.accountId());
		return recipients;
	}

	/** An approved group this person administers, or a refusal on the field. */
	private GroupSummary administered(Actor actor, long groupId, String field) {
		return proposingGroups(actor.accountId()).stream()
			.filter(g -> g.id() == groupId)
			.findFirst()
			.orElseThrow(() -> new ProposalRuleViolation(field, "proposal.group.notAdministrator"));
	}

	/** A proposal its lead group's administrator may act on. */
	private Proposal own(long id, Actor actor) {
		Proposal proposal = find(id);
		if (!members.administers(actor.accountId(), proposal.groupId())) {
			throw new ProposalNotFound("proposal", id);
		}
		return proposal;
	}

	/**
	 * A proposal this person may read: its groups' administrators (co-proposers' ones the draft too), staff past the draft,
	 * and the call's reviewers once it has closed (submitted, not withdrawn).
	 */
	private Proposal readable(long id, Actor viewer) {
		Proposal proposal = find(id);
		boolean lead = members.administers(viewer.accountId(), proposal.groupId());
		boolean past = proposal.status() != ProposalStatus.DRAFT;
		boolean partner = proposal.partners().stream().anyMatch(p -> members.administers(viewer.accountId(), p.groupId()));
		boolean reviewer = Reviews.REVIEWED.contains(proposal.status())
				&& viewer.roles().contains(jp.tomoni.shared.Role.REVIEWER)
				&& calls.find(proposal.callId()).reviewers().contains(viewer.accountId())
				&& calls.find(proposal.callId()).status(clock.instant()) == CallStatus.CLOSED;
		// A co-proposer reads the draft that names it, to consent (decision 0074).
		if (lead || partner || (past && viewer.staff()) || reviewer) {
			return proposal;
		}
		throw new ProposalNotFound("proposal", id);
	}

	private Proposal find(long id) {
		return proposals.findById(id)
			.filter(p -> p.municipalityCode().equals(code()))
			.orElseThrow(() -> new ProposalNotFound("proposal", id));
	}

	private Row row(Proposal proposal, boolean lead) {
		ProposalCall call = calls.find(proposal.callId());
		return new Row(proposal.id(), call.id(), call.title(), proposal.title(), proposal.groupName(),
				proposal.partners().stream().map(Partner::groupName).toList(), proposal.status(),
				proposal.updatedAt(), proposal.submittedAt(), lead);
	}

	private ConsultationView consultationView(PriorConsultation c, boolean staff, Locale locale) {
		return new ConsultationView(c.id(), c.groupName(), c.status(), c.topic(), c.preferredDates(), c.requestedAt(),
				c.heldOn(), c.staffName(), calls.department(c.departmentCode(), locale), staff ? c.summary() : null);
	}

	private void audit(String action, Proposal proposal) {
		auditLog.record(new AuditRecord(action, "proposal", Long.toString(proposal.id())));
	}

	private String code() {
		return municipalities.current().code();
	}
}
