package jp.tomoni.localissues;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.groups.GroupStatus;
import jp.tomoni.groups.GroupSummary;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.SafeImages;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local issues: posting (with a photo made safe), triage, the call for solutions, proposals and the chosen partners;
 * who may see what (decision 0057); every status change audited and told to the poster.
 */
@Service
class LocalIssues {

	/** Photos: 5 MB, 6,000 pixels a side, kept at 1,600 pixels on the longest side (decision 0058). */
	static final SafeImages.Limits PHOTO = new SafeImages.Limits(5 * 1024 * 1024, 6000, 1600);

	/** The statuses everyone sees. */
	static final Set<IssueStatus> PUBLIC = EnumSet.of(IssueStatus.ACCEPTED, IssueStatus.CALL_OPEN,
			IssueStatus.SELECTING, IssueStatus.PARTNERS_CHOSEN);

	/** A line of a list. */
	record Row(long id, String title, String area, IssueStatus status, @Nullable LocalDate deadline, Instant postedAt) {
	}

	/** A line of the history; the name of who acted only for staff. */
	record HistoryLine(IssueStatus status, Instant at, @Nullable String note, @Nullable String actor) {
	}

	/** A proposal, by its position in the issue's list (how staff choose it). */
	record ProposalView(int index, long groupId, String groupName, String summary, Instant proposedAt, boolean chosen,
			@Nullable String reason) {
	}

	/**
	 * An issue as this viewer may see it: {@code proposals} are those of the viewer's groups (all of them for staff),
	 * {@code partners} the chosen ones (public).
	 */
	record Detail(long id, String title, String description, String area, @Nullable String place, String affected,
			IssueStatus status, @Nullable Long duplicateOf, @Nullable String outOfScopeReason, @Nullable String callText,
			@Nullable LocalDate deadline, boolean hasPhoto, boolean mine, boolean staff, List<HistoryLine> history,
			List<ProposalView> proposals, List<ProposalView> partners) {
	}

	private final LocalIssueRepository issues;

	private final IssuePhotoRepository photos;

	private final Areas areas;

	private final GroupDirectory groups;

	private final GroupMembers members;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final IssueNotices notices;

	private final Clock clock;

	LocalIssues(LocalIssueRepository issues, IssuePhotoRepository photos, Areas areas, GroupDirectory groups,
			GroupMembers members, Municipalities municipalities, AuditLog auditLog, IssueNotices notices, Clock clock) {
		this.issues = issues;
		this.photos = photos;
		this.areas = areas;
		this.groups = groups;
		this.members = members;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.notices = notices;
		this.clock = clock;
	}

	/** The areas a poster chooses from (retired ones are not offered). */
	@Transactional(readOnly = true)
	List<AreaView> areas() {
		Set<String> retired = areas.retiredCodes();
		return areas.all().stream().filter(a -> !retired.contains(a.code())).toList();
	}

	/**
	 * A signed-in person posts an issue, with a photo or none. The photo is re-encoded first, so a refused photo
	 * saves nothing.
	 *
	 * @throws LocalIssueRuleViolation when the area is unknown or the photo is refused (on its field)
	 */
	@Transactional
	long post(Actor poster, IssueCommand command, byte @Nullable [] photo) {
		if (areas.find(command.areaCode()).isEmpty() || areas.retiredCodes().contains(command.areaCode())) {
			throw new LocalIssueRuleViolation("areaCode", "localIssue.area.unknown");
		}
		SafeImages.Reencoded image = photo == null ? null : reencode(photo);
		Instant now = clock.instant();
		LocalIssue issue = issues.save(LocalIssue.post(code(), poster, command, image != null, now));
		if (image != null) {
			photos.save(new IssuePhoto(issue.id(), image, now));
		}
		auditLog.record(new AuditRecord("local-issue.posted", "local-issue", Long.toString(issue.id())));
		return issue.id();
	}

	/** The photo as refused on the field {@code photo}, with a message naming it. */
	static SafeImages.Reencoded reencode(byte[] photo) {
		try {
			return SafeImages.reencode(photo, PHOTO);
		}
		catch (SafeImages.Refused refused) {
			throw refusal(refused);
		}
	}

	static LocalIssueRuleViolation refusal(SafeImages.Refused refused) {
		String code = switch (refused.refusal()) {
			case EMPTY -> "localIssue.photo.empty";
			case TOO_LARGE -> "localIssue.photo.tooLarge";
			case TOO_MANY_PIXELS -> "localIssue.photo.tooManyPixels";
			case NOT_IMAGE -> "localIssue.photo.notImage";
		};
		return new LocalIssueRuleViolation("photo", code, refused.arguments());
	}

	/** Public issues, by area and status (only public statuses), most recently changed first. */
	@Transactional(readOnly = true)
	Page<Row> publicList(@Nullable String area, @Nullable IssueStatus status, int page) {
		return list(status == null || !PUBLIC.contains(status) ? PUBLIC : Set.of(status), area, page);
	}

	/** The back-office queue: every status, or one. */
	@Transactional(readOnly = true)
	Page<Row> queue(@Nullable IssueStatus status, @Nullable String area, int page) {
		return list(status == null ? EnumSet.allOf(IssueStatus.class) : Set.of(status), area, page);
	}

	/** What this person posted, newest first, with each issue's status today. */
	@Transactional(readOnly = true)
	List<Row> postedBy(long accountId) {
		Map<String, String> names = areaNames();
		LocalDate today = today();
		return issues.postedBy(code(), accountId).stream().map(i -> row(i, names, today)).toList();
	}

	/** The issue for this viewer (null: a visitor), or {@link LocalIssueNotFound} when they may not see it. */
	@Transactional(readOnly = true)
	Detail detail(long id, @Nullable Actor viewer) {
		LocalIssue issue = visible(id, viewer);
		LocalDate today = today();
		boolean staff = viewer != null && viewer.staff();
		Set<Long> ownGroups = viewer == null || staff ? Set.of() : administeredGroups(viewer.accountId());
		List<ProposalView> all = proposals(issue);
		List<HistoryLine> history = issue.history()
			.stream()
			.map(l -> new HistoryLine(l.status(), l.changedAt(), l.note(), staff ? l.actorName() : null))
			.toList();
		return new Detail(issue.id(), issue.title(), issue.description(), areaName(issue.areaCode()), issue.place(),
				issue.affected(), issue.status(today), issue.duplicateOf(), issue.outOfScopeReason(), issue.callText(),
				issue.callDeadline(), issue.hasPhoto(), viewer != null && issue.postedBy(viewer.accountId()), staff,
				history,
				all.stream().filter(p -> staff || ownGroups.contains(p.groupId())).toList(),
				issue.status(today) == IssueStatus.PARTNERS_CHOSEN ? all.stream().filter(ProposalView::chosen).toList()
						: List.of());
	}

	/** The photo, only for whoever may see the issue ({@link LocalIssueNotFound} otherwise, or when there is none). */
	@Transactional(readOnly = true)
	IssuePhoto photo(long id, @Nullable Actor viewer) {
		visible(id, viewer);
		return photos.findById(id).orElseThrow(() -> new LocalIssueNotFound(id));
	}

	/** The approved groups this person administers: those on whose behalf they may propose. */
	@Transactional(readOnly = true)
	List<GroupSummary> proposingGroups(long accountId) {
		return groups.groupsOf(accountId).stream().filter(g -> g.status() == GroupStatus.APPROVED).toList();
	}

	@Transactional
	void accept(long id, Actor actor, @Nullable String note) {
		LocalIssue issue = find(id);
		issue.accept(actor, note, clock.instant());
		changed(issue, actor, "local-issue.accepted");
	}

	@Transactional
	void markDuplicate(long id, Actor actor, @Nullable Long of, @Nullable String note) {
		if (of == null) {
			throw new LocalIssueRuleViolation("duplicateOf", "localIssue.duplicateOf.required");
		}
		// The poster is shown the other issue, so it must be one everybody sees.
		if (issues.findById(of)
			.filter(o -> o.municipalityCode().equals(code()) && o.storedStatus().isPublic())
			.isEmpty()) {
			throw new LocalIssueRuleViolation("duplicateOf", "localIssue.duplicateOf.unknown", of);
		}
		LocalIssue issue = find(id);
		issue.markDuplicate(actor, of, note, clock.instant());
		changed(issue, actor, "local-issue.duplicate");
	}

	@Transactional
	void outOfScope(long id, Actor actor, @Nullable String reason) {
		LocalIssue issue = find(id);
		issue.outOfScope(actor, reason, clock.instant());
		changed(issue, actor, "local-issue.out-of-scope");
	}

	@Transactional
	void openCall(long id, Actor actor, @Nullable String text, @Nullable LocalDate deadline) {
		LocalIssue issue = find(id);
		issue.openCall(actor, text, deadline, today(), clock.instant());
		changed(issue, actor, "local-issue.call-opened");
	}

	@Transactional
	void closeCall(long id, Actor actor, @Nullable String note) {
		LocalIssue issue = find(id);
		issue.closeCall(actor, note, today(), clock.instant());
		changed(issue, actor, "local-issue.call-closed");
	}

	/**
	 * A group's administrator proposes a solution on behalf of the group, which must be an approved group they
	 * administer; only while the call is open.
	 */
	@Transactional
	void propose(long id, Actor actor, long groupId, String summary) {
		GroupSummary group = proposingGroups(actor.accountId()).stream()
			.filter(g -> g.id() == groupId)
			.findFirst()
			.orElseThrow(() -> new LocalIssueRuleViolation("groupId", "localIssue.proposal.notAdministrator"));
		LocalIssue issue = visible(id, actor);
		issue.propose(actor, groupId, group.name(), summary, today(), clock.instant());
		auditLog.record(new AuditRecord("local-issue.proposed", "local-issue", Long.toString(id)));
	}

	/** Staff record the chosen partners: the poster and every chosen group's administrators are told. */
	@Transactional
	void choosePartners(long id, Actor actor, Map<Integer, String> reasons, @Nullable String note) {
		LocalIssue issue = find(id);
		issue.choosePartners(actor, reasons, note, today(), clock.instant());
		changed(issue, actor, "local-issue.partners-chosen");
		for (Proposal chosen : issue.proposals().stream().filter(Proposal::chosen).toList()) {
			Set<Long> recipients = new LinkedHashSet<>(members.administratorsOf(chosen.groupId()));
			recipients.remove(actor.accountId());
			notices.chosen(issue, chosen, recipients);
		}
	}

	/** An issue of this municipality, for staff. */
	private LocalIssue find(long id) {
		return issues.findById(id)
			.filter(i -> i.municipalityCode().equals(code()))
			.orElseThrow(() -> new LocalIssueNotFound(id));
	}

	/** Public issues for everyone; the others for their poster and staff only. */
	private LocalIssue visible(long id, @Nullable Actor viewer) {
		LocalIssue issue = find(id);
		boolean allowed = issue.storedStatus().isPublic()
				|| (viewer != null && (viewer.staff() || issue.postedBy(viewer.accountId())));
		if (!allowed) {
			throw new LocalIssueNotFound(id);
		}
		return issue;
	}

	private void changed(LocalIssue issue, Actor actor, String action) {
		auditLog.record(new AuditRecord(action, "local-issue", Long.toString(issue.id())));
		Long poster = issue.posterId();
		if (poster != null && poster != actor.accountId()) {
			notices.statusChanged(issue, issue.history().getLast(), poster);
		}
	}

	private Page<Row> list(Set<IssueStatus> statuses, @Nullable String area, int page) {
		Map<String, String> names = areaNames();
		LocalDate today = today();
		Set<IssueStatus> stored = EnumSet.copyOf(statuses);
		if (statuses.contains(IssueStatus.SELECTING)) {
			stored.add(IssueStatus.CALL_OPEN);
		}
		return issues.search(code(), stored, area == null || area.isBlank() ? null : area, PageRequest.of(Math.max(page, 0), 30))
			.map(i -> row(i, names, today));
	}

	private Row row(LocalIssue issue, Map<String, String> names, LocalDate today) {
		return new Row(issue.id(), issue.title(), names.getOrDefault(issue.areaCode(), issue.areaCode()),
				issue.status(today), issue.callDeadline(), issue.postedAt());
	}

	private List<ProposalView> proposals(LocalIssue issue) {
		List<ProposalView> views = new ArrayList<>();
		List<Proposal> proposals = issue.proposals();
		for (int i = 0; i < proposals.size(); i++) {
			Proposal p = proposals.get(i);
			views.add(new ProposalView(i, p.groupId(), p.groupName(), p.summary(), p.proposedAt(), p.chosen(),
					p.chosenReason()));
		}
		return views;
	}

	private Set<Long> administeredGroups(long accountId) {
		return groups.groupsOf(accountId).stream().map(GroupSummary::id).collect(Collectors.toSet());
	}

	private Map<String, String> areaNames() {
		return areas.all().stream().collect(Collectors.toMap(AreaView::code, AreaView::name, (a, b) -> a));
	}

	private String areaName(String code) {
		return areas.find(code).map(AreaView::name).orElse(code);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(FiscalYear.JAPAN));
	}

	private String code() {
		return municipalities.current().code();
	}
}
