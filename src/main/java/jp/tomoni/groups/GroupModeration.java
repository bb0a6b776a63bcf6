package jp.tomoni.groups;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators suspend (一時停止), remove (削除) and reinstate public groups, each with a reason that the group's
 * administrators are mailed and see on their group; every step is audited. A removed group stays in the table as
 * a record (soft delete) and is seen by staff only.
 */
@Service
class GroupModeration {

	static final int MAX_REASON = 2000;

	private final GroupRepository groups;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final GroupLifecycleMails mails;

	private final Clock clock;

	GroupModeration(GroupRepository groups, Municipalities municipalities, AuditLog auditLog, GroupLifecycleMails mails,
			Clock clock) {
		this.groups = groups;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.mails = mails;
		this.clock = clock;
	}

	@Transactional
	void suspend(long groupId, String reason) {
		String text = checkedReason(reason);
		Group group = anyGroup(groupId);
		group.suspend(text, clock.instant());
		auditLog.record(new AuditRecord("group.suspended", "group", Long.toString(groupId)));
		mails.suspended(group.id(), group.name(), text);
	}

	@Transactional
	void remove(long groupId, String reason) {
		String text = checkedReason(reason);
		Group group = anyGroup(groupId);
		group.remove(text, clock.instant());
		auditLog.record(new AuditRecord("group.removed", "group", Long.toString(groupId)));
		mails.removed(group.id(), group.name(), text);
	}

	@Transactional
	void reinstate(long groupId) {
		Group group = anyGroup(groupId);
		group.reinstate(clock.instant());
		auditLog.record(new AuditRecord("group.reinstated", "group", Long.toString(groupId)));
		mails.reinstated(group.id(), group.name());
	}

	/** Suspended and removed groups, for coordinators to find them again. */
	@Transactional(readOnly = true)
	List<ModeratedGroup> moderated() {
		String code = municipalities.current().code();
		return Stream.of(GroupStatus.SUSPENDED, GroupStatus.REMOVED)
			.flatMap(status -> groups.findByMunicipalityCodeAndStatusOrderByNameKanaAsc(code, status).stream())
			.map(group -> new ModeratedGroup(group.toSummary(), group.moderationReason(), group.moderatedAt()))
			.toList();
	}

	static String checkedReason(String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty()) {
			throw new GroupRuleViolation("reason", "group.lifecycle.reasonRequired");
		}
		if (text.length() > MAX_REASON) {
			throw new GroupRuleViolation("reason", "group.lifecycle.reasonTooLong", MAX_REASON);
		}
		return text;
	}

	private Group anyGroup(long groupId) {
		return groups.findById(groupId)
			.filter(g -> g.municipalityCode().equals(municipalities.current().code()))
			.orElseThrow(() -> new GroupNotFound(groupId));
	}

	/** A suspended or removed group with the coordinator's reason. */
	record ModeratedGroup(GroupSummary summary, String reason, Instant moderatedAt) {
	}
}
