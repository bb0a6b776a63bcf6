package jp.tomoni.proposals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.projects.DepartmentView;
import jp.tomoni.projects.Departments;
import jp.tomoni.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for proposals: staff open, edit, publish and cancel them; everyone reads the published ones, open calls first
 * (decision 0065). The department comes from the projects module's master list, reviewers are accounts holding the
 * REVIEWER role, and their names are public only once the call has closed.
 */
@Service
class Calls {

	/** A line of a list of calls. */
	record CallRow(long id, CallKind kind, String title, @Nullable String department, CallStatus status,
			Instant deadline, LocalDate consultationFrom, LocalDate consultationTo) {

		/** The deadline as read in Japan. */
		public java.time.LocalDateTime deadlineInJapan() {
			return java.time.LocalDateTime.ofInstant(deadline, jp.tomoni.shared.FiscalYear.JAPAN);
		}
	}

	record CriterionView(String name, @Nullable String description, int weight) {
	}

	/** A reviewer a call may name. */
	record Reviewer(long id, String name) {
	}

	/**
	 * A call as this viewer may see it; {@code reviewers} is null where the names are not shown (to visitors before
	 * the call closes).
	 */
	record CallView(long id, CallKind kind, CallStatus status, String title, @Nullable String department,
			@Nullable String theme, @Nullable String problem, @Nullable Long budgetCeiling, LocalDate consultationFrom,
			LocalDate consultationTo, Instant deadline, LocalDate reviewFrom, LocalDate reviewTo,
			LocalDate decisionDate, String eligibility, List<CriterionView> criteria, int totalWeight,
			List<SuitabilityItems.Item> nature, List<SuitabilityItems.Item> effect,
			@Nullable List<String> reviewers) {

		public boolean open() {
			return status == CallStatus.PUBLISHED;
		}

		/** The deadline as read in Japan. */
		public java.time.LocalDateTime deadlineInJapan() {
			return java.time.LocalDateTime.ofInstant(deadline, jp.tomoni.shared.FiscalYear.JAPAN);
		}
	}

	private final ProposalCallRepository calls;

	private final Departments departments;

	private final AccountManagement accounts;

	private final SuitabilityItems items;

	private final ReviewCriteria criteria;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final Clock clock;

	Calls(ProposalCallRepository calls, Departments departments, AccountManagement accounts, SuitabilityItems items,
			ReviewCriteria criteria, Municipalities municipalities, AuditLog auditLog, Clock clock) {
		this.calls = calls;
		this.departments = departments;
		this.accounts = accounts;
		this.items = items;
		this.criteria = criteria;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Published calls: those still open first (the nearest deadline first), then the closed ones, latest first. */
	@Transactional(readOnly = true)
	List<CallRow> published(Locale locale) {
		Instant now = clock.instant();
		List<CallRow> rows = calls.withStatus(code(), CallStatus.PUBLISHED).stream().map(c -> row(c, now, locale)).toList();
		return Stream.concat(
				rows.stream().filter(r -> r.status() == CallStatus.PUBLISHED).sorted(Comparator.comparing(CallRow::deadline)),
				rows.stream().filter(r -> r.status() == CallStatus.CLOSED)).toList();
	}

	/** Every call of the municipality, for staff, most recently changed first. */
	@Transactional(readOnly = true)
	List<CallRow> all(Locale locale) {
		Instant now = clock.instant();
		return calls.all(code()).stream().map(c -> row(c, now, locale)).toList();
	}

	/** A call for this viewer (null: a visitor): a published one for everybody, any call for staff. */
	@Transactional(readOnly = true)
	CallView view(long id, @Nullable Actor viewer, Locale locale) {
		ProposalCall call = visible(id, viewer);
		Instant now = clock.instant();
		CallStatus status = call.status(now);
		boolean staff = viewer != null && viewer.staff();
		List<SuitabilityItems.Item> asked = items.of(call.suitability(), locale);
		List<String> reviewers = staff || status == CallStatus.CLOSED
				? call.reviewers().stream().map(this::reviewerName).sorted().toList() : null;
		return new CallView(call.id(), call.kind(), status, call.title(), department(call.departmentCode(), locale),
				call.theme(), call.problem(), call.budgetCeiling(), call.consultationFrom(), call.consultationTo(),
				call.submissionDeadline(), call.reviewFrom(), call.reviewTo(), call.decisionDate(), call.eligibility(),
				call.criteria().stream().map(c -> new CriterionView(c.name(), c.description(), c.weight())).toList(),
				call.criteria().stream().mapToInt(CallCriterion::weight).sum(),
				asked.stream().filter(i -> i.aspect() == SuitabilityAspect.NATURE).toList(),
				asked.stream().filter(i -> i.aspect() == SuitabilityAspect.EFFECT).toList(), reviewers);
	}

	/** The form of a new call. */
	@Transactional(readOnly = true)
	CallForm freshForm(Locale locale) {
		return CallForm.fresh(criteria.active(locale), items.active(locale));
	}

	/** The form of a saved call, for staff. */
	@Transactional(readOnly = true)
	CallForm form(long id) {
		return CallForm.of(find(id));
	}

	@Transactional(readOnly = true)
	List<DepartmentView> departments() {
		return departments.active();
	}

	/** The accounts holding the REVIEWER role, in 五十音順. */
	@Transactional(readOnly = true)
	List<Reviewer> reviewers() {
		return accounts.search(null, Role.REVIEWER, 0, 200)
			.getContent()
			.stream()
			.sorted(Comparator.comparing(AccountView::fullNameKana))
			.map(a -> new Reviewer(a.id(), a.fullName()))
			.toList();
	}

	/** Staff open a call as a draft. */
	@Transactional
	long open(Actor actor, CallDetails details) {
		checkReferences(details);
		ProposalCall call = calls.save(ProposalCall.open(code(), actor, details, clock.instant()));
		audit("proposal-call.opened", call);
		return call.id();
	}

	@Transactional
	void edit(long id, Actor actor, CallDetails details) {
		checkReferences(details);
		ProposalCall call = find(id);
		call.edit(actor, details, clock.instant());
		audit("proposal-call.edited", call);
	}

	@Transactional
	void publish(long id, Actor actor) {
		ProposalCall call = find(id);
		call.publish(actor, clock.instant());
		audit("proposal-call.published", call);
	}

	@Transactional
	void cancel(long id, Actor actor) {
		ProposalCall call = find(id);
		call.cancel(actor, clock.instant());
		audit("proposal-call.cancelled", call);
	}

	/** The department must be one offered, each reviewer an account holding the REVIEWER role, each item known. */
	private void checkReferences(CallDetails details) {
		if (details.kind() == CallKind.CITY_THEMED && details.departmentCode() != null
				&& departments.find(details.departmentCode()).filter(d -> !d.retired()).isEmpty()) {
			throw new ProposalRuleViolation("departmentCode", "proposalCall.departmentCode.unknown");
		}
		for (Long reviewer : details.reviewers()) {
			if (accounts.find(reviewer).filter(a -> a.hasRole(Role.REVIEWER)).isEmpty()) {
				throw new ProposalRuleViolation("reviewers", "proposalCall.reviewers.notReviewer");
			}
		}
		Set<String> known = items.all(Locale.JAPANESE)
			.stream()
			.map(SuitabilityItems.Item::code)
			.collect(java.util.stream.Collectors.toSet());
		if (!known.containsAll(details.suitability())) {
			throw new ProposalRuleViolation("suitability", "proposalCall.suitability.unknown");
		}
	}

	/** A call of this municipality, for staff. */
	ProposalCall find(long id) {
		return calls.findById(id)
			.filter(c -> c.municipalityCode().equals(code()))
			.orElseThrow(() -> new ProposalNotFound("call", id));
	}

	/** Published calls for everyone, drafts and cancelled ones for staff only. */
	ProposalCall visible(long id, @Nullable Actor viewer) {
		ProposalCall call = find(id);
		if (!call.isPublic() && (viewer == null || !viewer.staff())) {
			throw new ProposalNotFound("call", id);
		}
		return call;
	}

	/** Whether the department is one offered now. */
	boolean knownDepartment(String code) {
		return departments.find(code).filter(d -> !d.retired()).isPresent();
	}

	@Nullable String department(@Nullable String code, Locale locale) {
		return code == null ? null : departments.find(code).map(d -> d.name(locale)).orElse(code);
	}

	private String reviewerName(long accountId) {
		Optional<AccountView> account = accounts.find(accountId);
		return account.map(AccountView::fullName).orElse("—");
	}

	private CallRow row(ProposalCall call, Instant now, Locale locale) {
		return new CallRow(call.id(), call.kind(), call.title(), department(call.departmentCode(), locale),
				call.status(now), call.submissionDeadline(), call.consultationFrom(), call.consultationTo());
	}

	private void audit(String action, ProposalCall call) {
		auditLog.record(new AuditRecord(action, "proposal-call", Long.toString(call.id())));
	}

	private String code() {
		return municipalities.current().code();
	}
}
