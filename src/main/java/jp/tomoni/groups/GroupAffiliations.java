package jp.tomoni.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of umbrella relations (a 自治会 in its 自治会連合会, member groups in a コミュニティ協議会・地域づくり協議会).
 * The member group's administrator requests; the umbrella's administrator or a coordinator confirms; staff set a
 * relation directly, and so does someone who administers both groups. Either side's administrator (or staff) can
 * end it. Self-reference and cycles are refused. Publicly, only confirmed relations between approved groups show.
 */
@Service
public class GroupAffiliations {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private final GroupAffiliationRepository affiliations;

	private final GroupRepository groups;

	private final Administrators administrators;

	private final AuditLog auditLog;

	private final Municipalities municipalities;

	private final Clock clock;

	GroupAffiliations(GroupAffiliationRepository affiliations, GroupRepository groups, Administrators administrators,
			AuditLog auditLog, Municipalities municipalities, Clock clock) {
		this.affiliations = affiliations;
		this.groups = groups;
		this.administrators = administrators;
		this.auditLog = auditLog;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/** What a group page shows everyone: confirmed relations to approved groups, in 五十音順. */
	@Transactional(readOnly = true)
	public AffiliationsView publicOf(long groupId) {
		return of(groupId, true);
	}

	/**
	 * The member group asks to belong to the umbrella group. Confirmed at once when the viewer is staff or also
	 * administers the umbrella group; otherwise it waits for the umbrella's administrators.
	 *
	 * @return the relation's id
	 */
	@Transactional
	public long request(Viewer viewer, long memberGroupId, long umbrellaGroupId) {
		Group member = group(memberGroupId);
		if (!mayManage(viewer, memberGroupId)) {
			throw new GroupNotFound(memberGroupId);
		}
		Group umbrella = groups.findById(umbrellaGroupId)
			.filter(g -> g.municipalityCode().equals(member.municipalityCode()))
			.filter(g -> g.isApproved() || viewer.staff() || mayManage(viewer, umbrellaGroupId))
			.orElseThrow(() -> new GroupRuleViolation("umbrellaId", "groupMembers.affiliation.unknownGroup"));
		if (affiliations.existsByMemberGroupIdAndUmbrellaGroupId(memberGroupId, umbrellaGroupId)) {
			throw new GroupRuleViolation("umbrellaId", "groupMembers.affiliation.exists");
		}
		MembershipRules.checkNoCycle(memberGroupId, umbrellaGroupId, umbrellasOf());
		GroupAffiliation affiliation = new GroupAffiliation(memberGroupId, umbrella.id(), viewer.accountId(),
				clock.instant());
		boolean direct = viewer.staff() || mayManage(viewer, umbrellaGroupId);
		if (direct) {
			affiliation.confirm(LocalDate.ofInstant(clock.instant(), JAPAN), clock.instant());
		}
		affiliations.save(affiliation);
		auditLog.record(new AuditRecord((direct ? "group.affiliation.set:" : "group.affiliation.requested:")
				+ memberGroupId + "->" + umbrellaGroupId, "group", Long.toString(memberGroupId)));
		return affiliation.id();
	}

	/** The umbrella group's administrator (or staff) confirms a requested relation. */
	@Transactional
	public void confirm(Viewer viewer, long umbrellaGroupId, long affiliationId) {
		GroupAffiliation affiliation = affiliations.findById(affiliationId)
			.filter(a -> a.umbrellaGroupId() == umbrellaGroupId)
			.filter(a -> inMunicipality(umbrellaGroupId) && mayManage(viewer, umbrellaGroupId))
			.orElseThrow(() -> new GroupNotFound(umbrellaGroupId));
		affiliation.confirm(LocalDate.ofInstant(clock.instant(), JAPAN), clock.instant());
		auditLog.record(new AuditRecord("group.affiliation.confirmed:" + affiliation.memberGroupId() + "->"
				+ umbrellaGroupId, "group", Long.toString(umbrellaGroupId)));
	}

	/** Either side's administrator (or staff) ends a relation, or turns down a request. */
	@Transactional
	public void end(Viewer viewer, long groupId, long affiliationId) {
		GroupAffiliation affiliation = affiliations.findById(affiliationId)
			.filter(a -> a.umbrellaGroupId() == groupId || a.memberGroupId() == groupId)
			.filter(a -> inMunicipality(groupId) && mayManage(viewer, groupId))
			.orElseThrow(() -> new GroupNotFound(groupId));
		affiliations.delete(affiliation);
		auditLog.record(new AuditRecord("group.affiliation.ended:" + affiliation.memberGroupId() + "->"
				+ affiliation.umbrellaGroupId(), "group", Long.toString(groupId)));
	}

	/** Both directions of a group's relations; publicly only confirmed ones between approved groups. */
	AffiliationsView of(long groupId, boolean publicOnly) {
		List<GroupRef> umbrellas = affiliations.findByMemberGroupId(groupId)
			.stream()
			.filter(a -> !publicOnly || a.isConfirmed())
			.flatMap(a -> ref(a, a.umbrellaGroupId(), publicOnly).stream())
			.sorted(Comparator.comparing(GroupRef::name))
			.toList();
		List<GroupRef> memberGroups = affiliations.findByUmbrellaGroupId(groupId)
			.stream()
			.filter(a -> !publicOnly || a.isConfirmed())
			.flatMap(a -> ref(a, a.memberGroupId(), publicOnly).stream())
			.sorted(Comparator.comparing(GroupRef::name))
			.toList();
		return new AffiliationsView(umbrellas, memberGroups);
	}

	private Optional<GroupRef> ref(GroupAffiliation affiliation, long otherId, boolean publicOnly) {
		return groups.findById(otherId)
			.filter(g -> !publicOnly || g.isApproved())
			.map(g -> new GroupRef(affiliation.id(), g.id(), g.name(), affiliation.status(), affiliation.since()));
	}

	private Function<Long, java.util.Collection<Long>> umbrellasOf() {
		return group -> affiliations.findByMemberGroupId(group).stream().map(GroupAffiliation::umbrellaGroupId).toList();
	}

	private boolean mayManage(Viewer viewer, long groupId) {
		return viewer.staff() || (viewer.accountId() != null && administrators.administers(viewer.accountId(), groupId));
	}

	private Group group(long groupId) {
		return groups.findById(groupId)
			.filter(g -> g.municipalityCode().equals(municipalities.current().code()))
			.orElseThrow(() -> new GroupNotFound(groupId));
	}

	private boolean inMunicipality(long groupId) {
		return groups.findById(groupId).filter(g -> g.municipalityCode().equals(municipalities.current().code())).isPresent();
	}
}
