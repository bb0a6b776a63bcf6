package jp.tomoni.groups;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.FiscalYear;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly 情報更新確認: once a fiscal year (年度) a group's administrator confirms that its profile is current;
 * a change of the profile counts as well. Public groups not confirmed in the current 年度 are marked on their page,
 * listed for coordinators and reminded by mail in rounds (by default from May and from September), each group at
 * most once per round: the {@code group_reminder} table's key makes that hold across restarts, repeated runs and
 * several instances.
 */
@Service
public class GroupConfirmations {

	private final GroupRepository groups;

	private final GroupDirectory directory;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final GroupLifecycleMails mails;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int[] roundMonths;

	GroupConfirmations(GroupRepository groups, GroupDirectory directory, Municipalities municipalities,
			AuditLog auditLog, GroupLifecycleMails mails, EntityManager entityManager, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${tomoni.groups.reminders.months:5,9}") int[] roundMonths) {
		this.groups = groups;
		this.directory = directory;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.mails = mails;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.roundMonths = Arrays.stream(roundMonths)
			.boxed()
			.sorted((a, b) -> Integer.compare(FiscalYear.monthIndex(a), FiscalYear.monthIndex(b)))
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/** The fiscal year now. */
	public FiscalYear currentYear() {
		return FiscalYear.current(clock);
	}

	/**
	 * The current fiscal year when this public group has not yet confirmed its profile in it, otherwise {@code null}:
	 * what the group's page marks.
	 */
	@Transactional(readOnly = true)
	public @Nullable FiscalYear unconfirmedYear(long groupId) {
		FiscalYear year = currentYear();
		return groups.findById(groupId)
			.filter(g -> g.municipalityCode().equals(code()))
			.filter(g -> g.status() == GroupStatus.APPROVED || g.status() == GroupStatus.SUSPENDED)
			.filter(g -> g.confirmedAt() == null || !year.contains(g.confirmedAt()))
			.map(g -> year)
			.orElse(null);
	}

	/** The group's administrator confirms that its profile is current. */
	@Transactional
	void confirm(long accountId, long groupId) {
		directory.editableBy(accountId, groupId); // the same ownership rule as editing: another group is a 404
		Group group = groups.findById(groupId).orElseThrow(() -> new GroupNotFound(groupId));
		group.confirmCurrent(clock.instant());
		auditLog.record(new AuditRecord("group.confirmed", "group", Long.toString(groupId)));
	}

	/** The public groups not confirmed in the current fiscal year, optionally of one kind or area, with counts. */
	@Transactional(readOnly = true)
	UnconfirmedReport unconfirmed(@Nullable String kind, @Nullable String area) {
		FiscalYear year = currentYear();
		List<Group> all = approved(kind, area);
		List<Group> unconfirmed = all.stream().filter(g -> !confirmedIn(g, year)).toList();
		Map<Long, List<Integer>> reminders = remindersIn(year);
		Map<String, Long> byKind = new TreeMap<>();
		unconfirmed.forEach(g -> byKind.merge(g.kindCode(), 1L, Long::sum));
		List<UnconfirmedGroup> rows = unconfirmed.stream()
			.map(g -> new UnconfirmedGroup(g.toSummary(), g.confirmedAt(), reminders.getOrDefault(g.id(), List.of())))
			.toList();
		return new UnconfirmedReport(year, all.size(), all.size() - unconfirmed.size(), rows, byKind);
	}

	/**
	 * Reminds the administrators of every public group not confirmed in the fiscal year of {@code now}, once per
	 * group and round. Each group is reminded in its own transaction, the row recorded before the mail is written,
	 * so that a second run (or instance) finds the row, or waits on it and then fails on the key, and sends nothing.
	 *
	 * @return how many reminders were sent now
	 */
	ReminderRun sendReminders(Instant now) {
		FiscalYear year = FiscalYear.of(now);
		int round = round(now);
		List<Long> ids = transactions
			.execute(status -> approved(null, null).stream().filter(g -> !confirmedIn(g, year)).map(Group::id).toList());
		int sent = 0;
		for (Long id : ids == null ? List.<Long>of() : ids) {
			try {
				Boolean done = transactions.execute(status -> remind(id, year, round, now));
				if (Boolean.TRUE.equals(done)) {
					sent++;
				}
			}
			catch (DataIntegrityViolationException alreadySent) {
				// Another run recorded this group's reminder first: it has been, or is being, sent there.
			}
		}
		auditLog.record(new AuditRecord("group.reminders-sent", "group-reminder",
				year.startYear() + "-" + round + ":" + sent));
		return new ReminderRun(year, round, sent);
	}

	/** The round of reminders {@code now} falls in: 1 until the second configured month, then 2, and so on. */
	int round(Instant now) {
		int index = FiscalYear.monthIndex(LocalDate.ofInstant(now, FiscalYear.JAPAN).getMonthValue());
		int round = 0;
		for (int month : roundMonths) {
			if (FiscalYear.monthIndex(month) <= index) {
				round++;
			}
		}
		return Math.max(round, 1);
	}

	private boolean remind(long groupId, FiscalYear year, int round, Instant now) {
		Integer already = jdbc.queryForObject(
				"select count(*) from group_reminder where group_id = ? and fiscal_year = ? and reminder_round = ?",
				Integer.class, groupId, year.startYear(), round);
		if (already != null && already > 0) {
			return false;
		}
		jdbc.update("insert into group_reminder (group_id, fiscal_year, reminder_round, sent_at) values (?, ?, ?, ?)",
				groupId, year.startYear(), round, Timestamp.from(now));
		Group group = groups.findById(groupId).orElseThrow(() -> new GroupNotFound(groupId));
		return mails.reminder(groupId, group.name(), year.japaneseLabel());
	}

	private List<Group> approved(@Nullable String kind, @Nullable String area) {
		StringBuilder jpql = new StringBuilder(
				"select g from CivicGroup g where g.municipalityCode = :code and g.status = :status");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("code", code());
		parameters.put("status", GroupStatus.APPROVED);
		if (kind != null && !kind.isBlank()) {
			jpql.append(" and g.kindCode = :kind");
			parameters.put("kind", kind);
		}
		if (area != null && !area.isBlank()) {
			jpql.append(" and :area member of g.areaCodes");
			parameters.put("area", area);
		}
		jpql.append(" order by g.nameKana");
		TypedQuery<Group> query = entityManager.createQuery(jpql.toString(), Group.class);
		parameters.forEach(query::setParameter);
		return query.getResultList();
	}

	private Map<Long, List<Integer>> remindersIn(FiscalYear year) {
		Map<Long, List<Integer>> rounds = new LinkedHashMap<>();
		jdbc.query("select group_id, reminder_round from group_reminder where fiscal_year = ? order by reminder_round",
				row -> {
					rounds.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getInt(2));
				}, year.startYear());
		return rounds;
	}

	private static boolean confirmedIn(Group group, FiscalYear year) {
		return group.confirmedAt() != null && year.contains(group.confirmedAt());
	}

	private String code() {
		return municipalities.current().code();
	}

	/** One public group not yet confirmed this year, with its last confirmation and the rounds already reminded. */
	record UnconfirmedGroup(GroupSummary summary, @Nullable Instant lastConfirmed, List<Integer> remindedRounds) {
	}

	/** The coordinators' list: how many public groups there are, how many confirmed, and the rest. */
	record UnconfirmedReport(FiscalYear year, long total, long confirmed, List<UnconfirmedGroup> groups,
			Map<String, Long> byKind) {
	}

	record ReminderRun(FiscalYear year, int round, int sent) {
	}
}
