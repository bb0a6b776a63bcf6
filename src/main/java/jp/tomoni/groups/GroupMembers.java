package jp.tomoni.groups;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.mail.MailMessage;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.JapaneseText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Facade of group membership: members and their roles, invitations by e-mail, and the groups a person belongs to.
 * A group is managed by its administrators, and by staff (coordinator, city staff, administrator), who can thus look
 * after a group left without administrator. Anyone else asking about a group is answered {@link GroupNotFound}
 * (404), revealing nothing. Rule violations are {@link GroupRuleViolation}s with a message code; every change is
 * written to the audit log.
 */
@Service
public class GroupMembers {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final GroupRepository groups;

	private final GroupMemberRepository members;

	private final GroupInvitationRepository invitations;

	private final Administrators administrators;

	private final GroupAffiliations affiliations;

	private final AccountManagement accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final AuditLog auditLog;

	private final Municipalities municipalities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	GroupMembers(GroupRepository groups, GroupMemberRepository members, GroupInvitationRepository invitations,
			Administrators administrators, GroupAffiliations affiliations, AccountManagement accounts,
			MailOutbox outbox, MessageSource messages, AuditLog auditLog, Municipalities municipalities,
			ApplicationEventPublisher events, Clock clock, @Value("${tomoni.base-url:}") String baseUrl) {
		this.groups = groups;
		this.members = members;
		this.invitations = invitations;
		this.administrators = administrators;
		this.affiliations = affiliations;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.auditLog = auditLog;
		this.municipalities = municipalities;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Whether the person administers the group. */
	@Transactional(readOnly = true)
	public boolean administers(long accountId, long groupId) {
		return administrators.administers(accountId, groupId);
	}

	/** The account ids of the group's administrators, for the modules that tell them about their group's matters. */
	@Transactional(readOnly = true)
	public List<Long> administratorsOf(long groupId) {
		return administrators.of(groupId);
	}

	/** The groups the person belongs to, with their role, in 五十音順; a removed group is no longer listed. */
	@Transactional(readOnly = true)
	public List<MembershipView> membershipsOf(long accountId) {
		String code = code();
		return administrators.membershipsOf(accountId)
			.stream()
			.flatMap(m -> groups.findById(m.groupId())
				.filter(g -> g.municipalityCode().equals(code) && !g.isRemoved())
				.map(g -> new MembershipView(g.toSummary(), m.role()))
				.stream())
			.sorted(Comparator.comparing(v -> v.group().nameKana()))
			.toList();
	}

	/** The members page of a group: for its administrators and staff only. */
	@Transactional(readOnly = true)
	public MembersOverview overview(Viewer viewer, long groupId) {
		Group group = manageable(viewer, groupId);
		Instant now = clock.instant();
		List<MemberView> memberViews = members.findByGroupIdOrderByJoinedAtAsc(groupId)
			.stream()
			.map(m -> accounts.find(m.accountId())
				.map(a -> new MemberView(m.accountId(), a.displayName(), a.email(), m.role(), m.joinedAt()))
				.orElse(null))
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(MemberView::role).thenComparing(MemberView::joinedAt))
			.toList();
		List<InvitationView> invitationViews = invitations.findByGroupIdOrderByCreatedAtDesc(groupId)
			.stream()
			.filter(i -> i.isPendingAt(now))
			.map(i -> new InvitationView(i.id(), i.email(), i.role(), i.statusAt(now), i.createdAt(), i.expiresAt()))
			.toList();
		return new MembersOverview(group.toSummary(), memberViews, invitationViews, affiliations.of(groupId, false),
				viewer.accountId() != null && administrators.administers(viewer.accountId(), groupId));
	}

	/**
	 * An administrator invites someone by e-mail address as member or co-administrator: a mail with a single-use
	 * link valid for {@link GroupInvitation#VALIDITY}. The recipient need not have an account yet.
	 */
	@Transactional
	public long invite(Viewer viewer, long groupId, String emailInput, MemberRole role) {
		Group group = manageable(viewer, groupId);
		String email = emailInput == null ? "" : JapaneseText.normalize(emailInput).strip().toLowerCase(Locale.ROOT);
		if (email.isEmpty() || email.length() > 254 || !EMAIL.matcher(email).matches()) {
			throw new GroupRuleViolation("email", "groupMembers.invitation.emailInvalid");
		}
		if (role == null) {
			throw new GroupRuleViolation("role", "groupMembers.role.required");
		}
		Instant now = clock.instant();
		boolean alreadyMember = accounts.findByEmail(email)
			.flatMap(account -> members.findByGroupIdAndAccountId(groupId, account.id()))
			.filter(m -> m.role() == role || m.isAdministrator())
			.isPresent();
		if (alreadyMember) {
			throw new GroupRuleViolation("email", "groupMembers.invitation.alreadyMember");
		}
		if (invitations.countPendingFor(groupId, email, now) > 0) {
			throw new GroupRuleViolation("email", "groupMembers.invitation.alreadyPending");
		}
		MembershipRules.checkInvitationAllowance(invitations.countPending(groupId, now),
				invitations.countByGroupIdAndCreatedAtAfter(groupId, now.minus(Duration.ofDays(1))));
		String token = randomToken();
		GroupInvitation invitation = invitations
			.save(new GroupInvitation(groupId, email, role, hash(token), viewer.accountId(), now));
		String inviter = viewer.accountId() == null ? "" : accounts.find(viewer.accountId()).map(AccountView::displayName).orElse("");
		Locale ja = Locale.JAPANESE;
		outbox.send(new MailMessage(email, messages.getMessage("mail.groupInvitation.subject", new Object[] { group.name() }, ja),
				messages.getMessage("mail.groupInvitation.body",
						new Object[] { inviter, group.name(), messages.getMessage(role.messageKey(), null, ja),
								siteUrl() + "/account/invitations?token=" + token, GroupInvitation.VALIDITY.toDays() },
						ja)));
		auditLog.record(new AuditRecord("group.invitation.sent:" + role, "group", Long.toString(groupId)));
		return invitation.id();
	}

	/** An administrator revokes a pending invitation of their group; its link stops working. */
	@Transactional
	public void revoke(Viewer viewer, long groupId, long invitationId) {
		manageable(viewer, groupId);
		GroupInvitation invitation = invitations.findById(invitationId)
			.filter(i -> i.groupId() == groupId)
			.orElseThrow(() -> new GroupNotFound(groupId));
		invitation.revoke(actor(viewer), clock.instant());
		auditLog.record(new AuditRecord("group.invitation.revoked", "group", Long.toString(groupId)));
	}

	/** The invitation behind a link, for its recipient to answer; an unknown, used or expired link is refused. */
	@Transactional(readOnly = true)
	public InvitationDetails invitation(String token, long accountId) {
		GroupInvitation invitation = usable(token);
		Group group = groups.findById(invitation.groupId()).orElseThrow(() -> new GroupNotFound(invitation.groupId()));
		return new InvitationDetails(group.id(), group.name(), invitation.role(), invitation.email(),
				invitation.expiresAt(), addressMatches(invitation, accountId));
	}

	/**
	 * The recipient accepts: they join the group in the invited role (an existing member invited as administrator
	 * becomes one; an administrator stays one). Only the account with the invited address may accept.
	 */
	@Transactional
	public long accept(String token, long accountId) {
		GroupInvitation invitation = usable(token);
		if (!addressMatches(invitation, accountId)) {
			throw new GroupRuleViolation("token", "groupMembers.invitation.otherAddress", invitation.email());
		}
		Instant now = clock.instant();
		invitation.accept(accountId, now);
		long groupId = invitation.groupId();
		members.findByGroupIdAndAccountId(groupId, accountId).ifPresentOrElse(existing -> {
			if (invitation.role() == MemberRole.ADMINISTRATOR) {
				existing.changeRole(MemberRole.ADMINISTRATOR);
			}
		}, () -> members.save(new GroupMembership(groupId, accountId, invitation.role(), now)));
		events.publishEvent(new GroupMembershipChanged(accountId));
		auditLog.record(new AuditRecord("group.invitation.accepted:" + invitation.role(), "group", Long.toString(groupId)));
		return groupId;
	}

	/** The recipient declines; the link cannot be used again. */
	@Transactional
	public void decline(String token, long accountId) {
		GroupInvitation invitation = usable(token);
		invitation.decline(accountId, clock.instant());
		auditLog.record(new AuditRecord("group.invitation.declined", "group", Long.toString(invitation.groupId())));
	}

	/** An administrator changes a member's role; the last administrator cannot become a member. */
	@Transactional
	public void changeRole(Viewer viewer, long groupId, long memberAccountId, MemberRole role) {
		manageable(viewer, groupId);
		GroupMembership membership = membership(groupId, memberAccountId);
		MembershipRules.checkKeepsAnAdministrator(membership.role(), role, administrators(groupId));
		membership.changeRole(role);
		events.publishEvent(new GroupMembershipChanged(memberAccountId));
		auditLog.record(new AuditRecord("group.member.role:" + memberAccountId + "->" + role, "group",
				Long.toString(groupId)));
	}

	/** An administrator removes a member; the last administrator cannot be removed. */
	@Transactional
	public void remove(Viewer viewer, long groupId, long memberAccountId) {
		manageable(viewer, groupId);
		GroupMembership membership = membership(groupId, memberAccountId);
		MembershipRules.checkMayGo(membership.role(), administrators(groupId));
		members.delete(membership);
		events.publishEvent(new GroupMembershipChanged(memberAccountId));
		auditLog.record(new AuditRecord("group.member.removed:" + memberAccountId, "group", Long.toString(groupId)));
	}

	/** A member leaves a group; its last administrator cannot. */
	@Transactional
	public void leave(long accountId, long groupId) {
		GroupMembership membership = members.findByGroupIdAndAccountId(groupId, accountId)
			.filter(m -> inMunicipality(groupId))
			.orElseThrow(() -> new GroupNotFound(groupId));
		MembershipRules.checkMayGo(membership.role(), administrators(groupId));
		members.delete(membership);
		events.publishEvent(new GroupMembershipChanged(accountId));
		auditLog.record(new AuditRecord("group.member.left", "group", Long.toString(groupId)));
	}

	/** Groups left without administrator (their last administrator deleted their account), for coordinators. */
	@Transactional(readOnly = true)
	public List<GroupSummary> withoutAdministrator() {
		return members.groupsWithoutAdministrator(code()).stream().map(Group::toSummary).toList();
	}

	/** The group, when the viewer administers it or is staff; otherwise 404. */
	Group manageable(Viewer viewer, long groupId) {
		return groups.findById(groupId)
			.filter(g -> g.municipalityCode().equals(code()))
			.filter(g -> viewer.staff()
					|| (viewer.accountId() != null && administrators.administers(viewer.accountId(), groupId)))
			.orElseThrow(() -> new GroupNotFound(groupId));
	}

	private GroupMembership membership(long groupId, long accountId) {
		return members.findByGroupIdAndAccountId(groupId, accountId).orElseThrow(() -> new GroupNotFound(groupId));
	}

	private long administrators(long groupId) {
		return members.countByGroupIdAndRole(groupId, MemberRole.ADMINISTRATOR);
	}

	private boolean inMunicipality(long groupId) {
		return groups.findById(groupId).filter(g -> g.municipalityCode().equals(code())).isPresent();
	}

	private GroupInvitation usable(String token) {
		if (token == null || token.isBlank()) {
			throw new GroupRuleViolation("token", "groupMembers.invitation.invalid");
		}
		Instant now = clock.instant();
		return invitations.findByTokenHash(hash(token))
			.filter(i -> i.isPendingAt(now) && inMunicipality(i.groupId()))
			.orElseThrow(() -> new GroupRuleViolation("token", "groupMembers.invitation.invalid"));
	}

	private boolean addressMatches(GroupInvitation invitation, long accountId) {
		return accounts.find(accountId).filter(a -> a.email().equalsIgnoreCase(invitation.email())).isPresent();
	}

	private static long actor(Viewer viewer) {
		return viewer.accountId() == null ? 0L : viewer.accountId();
	}

	private String code() {
		return municipalities.current().code();
	}

	private String siteUrl() {
		if (!baseUrl.isBlank()) {
			return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		}
		return RequestContextHolder.getRequestAttributes() != null
				? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : "http://localhost:8080";
	}

	private static String randomToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
