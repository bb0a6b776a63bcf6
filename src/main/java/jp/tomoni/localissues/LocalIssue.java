package jp.tomoni.localissues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.tomoni.shared.FiscalYear;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A local issue and its state machine (decision 0056): 投稿済み → 受理 | 重複 (of which issue) | 対象外 (with a
 * reason); 受理 → 解決策募集中 (a deadline after today) → 選考中 (the deadline passed, or closed early) → パートナー決定
 * (one or more proposals, each with the reason it was chosen). Each change is allowed only from its state and to its
 * roles, and is kept as a {@link StatusLine}.
 */
@Entity
@Table(name = "local_issue")
class LocalIssue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "municipality_code", nullable = false, length = 6)
	private String municipalityCode;

	/** Null once the poster's account is deleted. */
	@Column(name = "poster_id")
	private @Nullable Long posterId;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(nullable = false, length = 4000)
	private String description;

	@Column(name = "area_code", nullable = false, length = 40)
	private String areaCode;

	@Column(length = 200)
	private @Nullable String place;

	@Column(nullable = false, length = 1000)
	private String affected;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private IssueStatus status;

	@Column(name = "duplicate_of")
	private @Nullable Long duplicateOf;

	@Column(name = "out_of_scope_reason", length = 2000)
	private @Nullable String outOfScopeReason;

	@Column(name = "call_text", length = 4000)
	private @Nullable String callText;

	@Column(name = "call_deadline")
	private @Nullable LocalDate callDeadline;

	@Column(name = "has_photo", nullable = false)
	private boolean hasPhoto;

	@Column(name = "posted_at", nullable = false)
	private Instant postedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "local_issue_status_line", joinColumns = @JoinColumn(name = "issue_id"))
	@OrderColumn(name = "line_no")
	private List<StatusLine> history = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "local_issue_proposal", joinColumns = @JoinColumn(name = "issue_id"))
	@OrderColumn(name = "line_no")
	private List<Proposal> proposals = new ArrayList<>();

	@Version
	private long version;

	protected LocalIssue() {
	}

	private LocalIssue(String municipalityCode, Actor poster, IssueCommand command, boolean hasPhoto, Instant now) {
		this.municipalityCode = municipalityCode;
		this.posterId = poster.accountId();
		this.title = command.title();
		this.description = command.description();
		this.areaCode = command.areaCode();
		this.place = command.place();
		this.affected = command.affected();
		this.hasPhoto = hasPhoto;
		this.status = IssueStatus.SUBMITTED;
		this.postedAt = now;
		this.updatedAt = now;
		history.add(new StatusLine(IssueStatus.SUBMITTED, poster, now, null));
	}

	/** Anyone signed in posts an issue. */
	static LocalIssue post(String municipalityCode, Actor poster, IssueCommand command, boolean hasPhoto, Instant now) {
		return new LocalIssue(municipalityCode, poster, command, hasPhoto, now);
	}

	/** 受理: staff take the issue up; it becomes public. */
	void accept(Actor actor, @Nullable String note, Instant now) {
		require(actor.staff(), "localIssue.role.staffOnly");
		requireStatus(IssueStatus.SUBMITTED);
		change(IssueStatus.ACCEPTED, actor, note, now);
	}

	/** 重複: the same as another issue (not itself); the poster is shown which. */
	void markDuplicate(Actor actor, long of, @Nullable String note, Instant now) {
		require(actor.staff(), "localIssue.role.staffOnly");
		requireStatus(IssueStatus.SUBMITTED);
		if (id != null && of == id) {
			throw new LocalIssueRuleViolation("duplicateOf", "localIssue.duplicateOf.self");
		}
		this.duplicateOf = of;
		change(IssueStatus.DUPLICATE, actor, note, now);
	}

	/** 対象外: not for this platform; the reason is required, and the poster reads it. */
	void outOfScope(Actor actor, @Nullable String reason, Instant now) {
		require(actor.staff(), "localIssue.role.staffOnly");
		requireStatus(IssueStatus.SUBMITTED);
		if (reason == null || reason.isBlank()) {
			throw new LocalIssueRuleViolation("reason", "localIssue.reason.required");
		}
		this.outOfScopeReason = reason.strip();
		change(IssueStatus.OUT_OF_SCOPE, actor, this.outOfScopeReason, now);
	}

	/** 解決策募集中: a call for solutions until the deadline, which must be after today. */
	void openCall(Actor actor, @Nullable String text, @Nullable LocalDate deadline, LocalDate today, Instant now) {
		require(actor.staff(), "localIssue.role.staffOnly");
		requireStatus(IssueStatus.ACCEPTED);
		if (text == null || text.isBlank()) {
			throw new LocalIssueRuleViolation("callText", "localIssue.callText.required");
		}
		if (deadline == null) {
			throw new LocalIssueRuleViolation("deadline", "localIssue.deadline.required");
		}
		if (!deadline.isAfter(today)) {
			throw new LocalIssueRuleViolation("deadline", "localIssue.deadline.notFuture", today.toString());
		}
		this.callText = text.strip();
		this.callDeadline = deadline;
		change(IssueStatus.CALL_OPEN, actor, null, now);
	}

	/** 選考中 before the deadline: staff close the call early. */
	void closeCall(Actor actor, @Nullable String note, LocalDate today, Instant now) {
		require(actor.staff(), "localIssue.role.staffOnly");
		recordDeadlinePassed(today);
		requireStatus(IssueStatus.CALL_OPEN);
		change(IssueStatus.SELECTING, actor, note, now);
	}

	/** A group's administrator proposes a solution on behalf of the group, once per group, while the call is open. */
	void propose(Actor actor, long groupId, String groupName, String summary, LocalDate today, Instant now) {
		require(actor.groupAdministrator(), "localIssue.role.groupAdministratorOnly");
		if (status(today) != IssueStatus.CALL_OPEN) {
			throw new LocalIssueRuleViolation("status", "localIssue.proposal.callNotOpen");
		}
		if (proposals.stream().anyMatch(p -> p.groupId() == groupId)) {
			throw new LocalIssueRuleViolation("groupId", "localIssue.proposal.alreadyProposed", groupName);
		}
		proposals.add(new Proposal(groupId, groupName, actor.accountId(), summary, now));
		this.updatedAt = now;
	}

	/**
	 * パートナー決定: staff choose one or more proposals (by their position), each with its reason, once the call is
	 * closed or its deadline has passed.
	 */
	void choosePartners(Actor actor, Map<Integer, String> reasons, @Nullable String note, LocalDate today, Instant now) {
		require(actor.staff(), "localIssue.role.staffOnly");
		recordDeadlinePassed(today);
		requireStatus(IssueStatus.SELECTING);
		if (reasons.isEmpty()) {
			throw new LocalIssueRuleViolation("chosen", "localIssue.partners.none");
		}
		for (Map.Entry<Integer, String> entry : reasons.entrySet()) {
			if (entry.getKey() < 0 || entry.getKey() >= proposals.size()) {
				throw new LocalIssueRuleViolation("chosen", "localIssue.partners.unknown");
			}
			if (entry.getValue() == null || entry.getValue().isBlank()) {
				throw new LocalIssueRuleViolation("chosen", "localIssue.partners.reasonRequired",
						proposals.get(entry.getKey()).groupName());
			}
		}
		reasons.forEach((index, reason) -> proposals.get(index).choose(reason.strip()));
		change(IssueStatus.PARTNERS_CHOSEN, actor, note, now);
	}

	/** The status as of today: an open call whose deadline has passed is 選考中 although nobody has acted yet. */
	IssueStatus status(LocalDate today) {
		if (status == IssueStatus.CALL_OPEN && callDeadline != null && today.isAfter(callDeadline)) {
			return IssueStatus.SELECTING;
		}
		return status;
	}

	/** Whether this person posted the issue. */
	boolean postedBy(long accountId) {
		return posterId != null && posterId == accountId;
	}

	/** The account is deleted: the issue stays (when public) without its poster; their name leaves every line. */
	void forget(long accountId) {
		if (postedBy(accountId)) {
			posterId = null;
		}
		history.stream().filter(l -> l.actorId() != null && l.actorId() == accountId).forEach(StatusLine::forgetActor);
		proposals.stream()
			.filter(p -> p.proposedBy() != null && p.proposedBy() == accountId)
			.forEach(Proposal::forgetProposer);
	}

	/** The deadline passing is a status change too: written as a line by nobody, on the day after the deadline. */
	private void recordDeadlinePassed(LocalDate today) {
		if (status == IssueStatus.CALL_OPEN && status(today) == IssueStatus.SELECTING && callDeadline != null) {
			Instant after = callDeadline.plusDays(1).atStartOfDay(FiscalYear.JAPAN).toInstant();
			this.status = IssueStatus.SELECTING;
			history.add(new StatusLine(IssueStatus.SELECTING, null, after, null));
		}
	}

	private void change(IssueStatus to, Actor actor, @Nullable String note, Instant now) {
		this.status = to;
		this.updatedAt = now;
		history.add(new StatusLine(to, actor, now, note == null || note.isBlank() ? null : note.strip()));
	}

	private static void require(boolean allowed, String code) {
		if (!allowed) {
			throw new LocalIssueRuleViolation("status", code);
		}
	}

	private void requireStatus(IssueStatus... allowed) {
		if (!Set.of(allowed).contains(status)) {
			throw new LocalIssueRuleViolation("status", "localIssue.transition.notAllowed",
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
	}

	long id() {
		return id;
	}

	String municipalityCode() {
		return municipalityCode;
	}

	@Nullable Long posterId() {
		return posterId;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

	String areaCode() {
		return areaCode;
	}

	@Nullable String place() {
		return place;
	}

	String affected() {
		return affected;
	}

	IssueStatus storedStatus() {
		return status;
	}

	@Nullable Long duplicateOf() {
		return duplicateOf;
	}

	@Nullable String outOfScopeReason() {
		return outOfScopeReason;
	}

	@Nullable String callText() {
		return callText;
	}

	@Nullable LocalDate callDeadline() {
		return callDeadline;
	}

	boolean hasPhoto() {
		return hasPhoto;
	}

	Instant postedAt() {
		return postedAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	List<StatusLine> history() {
		return List.copyOf(history);
	}

	List<Proposal> proposals() {
		return List.copyOf(proposals);
	}
}
