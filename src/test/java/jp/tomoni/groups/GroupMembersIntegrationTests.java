package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.SignUpCommand;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Members, invitations and umbrella groups through the pages and the facades: invite → accept → the co-administrator
 * edits; decline, revoke, expiry; the last administrator; another group's administrator refused with 404; deleting an
 * account; umbrella relations with their cycle check and public visibility; the platform roles that follow.
 */
@TomoniIntegrationTest
class GroupMembersIntegrationTests {

	private static final String PASSWORD = "sakura-no-hana-2026";

	private static final Pattern TOKEN = Pattern.compile("/account/invitations\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	GroupDirectory directory;

	@Autowired
	GroupMembers members;

	@Autowired
	GroupAffiliations affiliations;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	private static String unique() {
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			suffix.appendCodePoint(0x30A2 + ThreadLocalRandom.current().nextInt(40));
		}
		return suffix.toString();
	}

	/** A new resident with a known password. */
	private Person person() {
		String email = "member-" + System.nanoTime() + "@example.jp";
		accounts.signUp(new SignUpCommand(email, PASSWORD, "試験 花子", "シケン ハナコ", "はなこ" + unique()));
		UserDetails details = users.loadUserByUsername(email);
		return new Person(accounts.findByEmail(email).orElseThrow().id(), email, details);
	}

	private record Person(long id, String email, UserDetails details) {
	}

	private static GroupCommand command(String name) {
		return new GroupCommand(name, "テストダンタイ", "neighbourhood-association", null, Set.of("09"), Set.of("sagamidai"),
				"住民の助け合いを進めます。", null, null, null, false, null, "contact@example.jp", Visibility.STAFF, null,
				Visibility.PUBLIC);
	}

	private long group(Person administrator, boolean approved) {
		long id = directory.register(administrator.id(), command("メンバー試験会" + unique()));
		if (approved) {
			directory.approve(id);
		}
		return id;
	}

	private void invite(Person administrator, long groupId, String email, MemberRole role) throws Exception {
		mvc.perform(post("/account/groups/" + groupId + "/members/invite").with(csrf()).with(user(administrator.details()))
			.param("email", email)
			.param("role", role.name())).andExpect(redirectedUrl("/account/groups/" + groupId + "/members"));
	}

	private String tokenMailedTo(String email) {
		String body = outbox.list(email, 0, 1).getContent().getFirst().body();
		Matcher matcher = TOKEN.matcher(body);
		assertThat(matcher.find()).as("invitation link in %s", body).isTrue();
		return matcher.group(1);
	}

	private long auditCount(String actionPrefix, long groupId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action like ? and record_id = ?", Long.class,
				actionPrefix + "%", Long.toString(groupId));
	}

	private Set<Role> roles(Person person) {
		return accounts.find(person.id()).orElseThrow().roles();
	}

	@Test
	void anInvitedCoAdministratorAcceptsAndEditsTheGroup() throws Exception {
		Person owner = person();
		Person invitee = person();
		long groupId = group(owner, true);
		invite(owner, groupId, invitee.email(), MemberRole.ADMINISTRATOR);
		mvc.perform(get("/account/groups/" + groupId + "/members").with(user(owner.details())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(invitee.email())));
		String token = tokenMailedTo(invitee.email());
		assertThat(outbox.list(invitee.email(), 0, 1).getContent().getFirst().subject()).contains("招待");

		// Before accepting, the invitee cannot edit the group.
		mvc.perform(get("/account/groups/" + groupId + "/edit").with(user(invitee.details())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/account/invitations").param("token", token).with(user(invitee.details())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("団体管理者として参加するよう招待されています")));
		mvc.perform(post("/account/invitations/accept").with(csrf()).with(user(invitee.details())).param("token", token))
			.andExpect(redirectedUrl("/account/groups"));

		mvc.perform(get("/account/groups/" + groupId + "/edit").with(user(invitee.details()))).andExpect(status().isOk());
		GroupCommand changed = new GroupCommand("共同管理の会" + unique(), "キョウドウカンリノカイ", "neighbourhood-association", null,
				Set.of("09"), Set.of("sagamidai"), "共同管理者が書き直しました。", null, null, null, false, null, null,
				Visibility.STAFF, null, Visibility.PUBLIC);
		directory.change(invitee.id(), groupId, changed);
		assertThat(directory.profile(groupId, Viewer.ANONYMOUS).purpose()).isEqualTo("共同管理者が書き直しました。");
		// The co-administrator sees staff-only contact details as the group's administrators do.
		assertThat(directory.profile(groupId, new Viewer(invitee.id(), false)).staffView()).isTrue();
		assertThat(members.membershipsOf(invitee.id())).extracting(m -> m.group().id(), MembershipView::role)
			.contains(org.assertj.core.groups.Tuple.tuple(groupId, MemberRole.ADMINISTRATOR));
		mvc.perform(get("/account/groups").with(user(invitee.details())))
			.andExpect(content().string(Matchers.containsString(changed.name())));

		// The link works once; the platform role follows; every step is audited.
		mvc.perform(post("/account/invitations/accept").with(csrf()).with(user(invitee.details())).param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("この招待のリンクは使えません")));
		assertThat(roles(invitee)).contains(Role.GROUP_ADMIN, Role.GROUP_MEMBER);
		assertThat(auditCount("group.invitation.sent", groupId)).isEqualTo(1);
		assertThat(auditCount("group.invitation.accepted", groupId)).isEqualTo(1);
	}

	@Test
	void aDeclinedInvitationLeavesNoMembershipAndCannotBeUsedAgain() throws Exception {
		Person owner = person();
		Person invitee = person();
		long groupId = group(owner, true);
		invite(owner, groupId, invitee.email(), MemberRole.MEMBER);
		String token = tokenMailedTo(invitee.email());
		mvc.perform(post("/account/invitations/decline").with(csrf()).with(user(invitee.details())).param("token", token))
			.andExpect(redirectedUrl("/account/groups"));
		assertThat(members.membershipsOf(invitee.id())).isEmpty();
		assertThatThrownBy(() -> members.accept(token, invitee.id())).isInstanceOf(GroupRuleViolation.class)
			.hasMessage("groupMembers.invitation.invalid");
		assertThat(auditCount("group.invitation.declined", groupId)).isEqualTo(1);
		assertThat(roles(invitee)).doesNotContain(Role.GROUP_MEMBER, Role.GROUP_ADMIN);
	}

	@Test
	void aRevokedInvitationCannotBeAcceptedAndLeavesThePendingList() throws Exception {
		Person owner = person();
		Person invitee = person();
		long groupId = group(owner, true);
		invite(owner, groupId, invitee.email(), MemberRole.MEMBER);
		String token = tokenMailedTo(invitee.email());
		long invitationId = members.overview(new Viewer(owner.id(), false), groupId).invitations().getFirst().id();
		mvc.perform(post("/account/groups/" + groupId + "/invitations/" + invitationId + "/revoke").with(csrf())
			.with(user(owner.details()))).andExpect(flash().attribute("notice", "groupMembers.revoked"));
		assertThat(members.overview(new Viewer(owner.id(), false), groupId).invitations()).isEmpty();
		mvc.perform(get("/account/invitations").param("token", token).with(user(invitee.details())))
			.andExpect(content().string(Matchers.containsString("この招待のリンクは使えません")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("accept-invitation"))));
		assertThat(members.membershipsOf(invitee.id())).isEmpty();
		assertThat(auditCount("group.invitation.revoked", groupId)).isEqualTo(1);
	}

	@Test
	void anExpiredInvitationIsRefused() throws Exception {
		Person owner = person();
		Person invitee = person();
		long groupId = group(owner, true);
		invite(owner, groupId, invitee.email(), MemberRole.MEMBER);
		String token = tokenMailedTo(invitee.email());
		jdbc.update("update group_invitation set expires_at = created_at where group_id = ?", groupId);
		mvc.perform(post("/account/invitations/accept").with(csrf()).with(user(invitee.details())).param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("有効期限が過ぎたか")));
		assertThat(members.membershipsOf(invitee.id())).isEmpty();
		// An expired invitation no longer counts as pending: the address can be invited again.
		invite(owner, groupId, invitee.email(), MemberRole.MEMBER);
	}

	@Test
	void onlyTheInvitedAddressMayAccept() throws Exception {
		Person owner = person();
		Person invitee = person();
		Person other = person();
		long groupId = group(owner, true);
		invite(owner, groupId, invitee.email(), MemberRole.ADMINISTRATOR);
		String token = tokenMailedTo(invitee.email());
		mvc.perform(get("/account/invitations").param("token", token).with(user(other.details())))
			.andExpect(content().string(Matchers.containsString("この招待は " + invitee.email() + " あてです")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("accept-invitation"))));
		mvc.perform(post("/account/invitations/accept").with(csrf()).with(user(other.details())).param("token", token))
			.andExpect(status().isOk());
		assertThat(members.administers(other.id(), groupId)).isFalse();
	}

	@Test
	void badInvitationsAreRefusedWithJapaneseMessages() throws Exception {
		Person owner = person();
		long groupId = group(owner, true);
		mvc.perform(post("/account/groups/" + groupId + "/members/invite").with(csrf()).with(user(owner.details()))
			.param("email", "not-an-address")
			.param("role", "MEMBER"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("メールアドレスの形式が正しくありません")));
		mvc.perform(post("/account/groups/" + groupId + "/members/invite").with(csrf()).with(user(owner.details()))
			.param("email", owner.email())
			.param("role", "ADMINISTRATOR"))
			.andExpect(content().string(Matchers.containsString("すでにこの役割で団体に参加しています")));
		String address = "twice-" + System.nanoTime() + "@example.jp";
		invite(owner, groupId, address, MemberRole.MEMBER);
		mvc.perform(post("/account/groups/" + groupId + "/members/invite").with(csrf()).with(user(owner.details()))
			.param("email", address)
			.param("role", "MEMBER"))
			.andExpect(content().string(Matchers.containsString("返事を待っている招待があります")));
	}

	@Test
	void pendingInvitationsOfAGroupAreLimited() {
		Person owner = person();
		long groupId = group(owner, true);
		Viewer viewer = new Viewer(owner.id(), false);
		for (int i = 0; i < MembershipRules.MAX_PENDING_INVITATIONS; i++) {
			members.invite(viewer, groupId, "many-" + i + "-" + System.nanoTime() + "@example.jp", MemberRole.MEMBER);
		}
		assertThatThrownBy(() -> members.invite(viewer, groupId, "one-too-many@example.jp", MemberRole.MEMBER))
			.hasMessage("groupMembers.invitation.tooManyPending");
	}

	@Test
	void theLastAdministratorCannotLeaveNorBeDemotedButCanOnceThereIsAnother() throws Exception {
		Person owner = person();
		Person second = person();
		long groupId = group(owner, false);
		mvc.perform(post("/account/groups/" + groupId + "/leave").with(csrf()).with(user(owner.details())))
			.andExpect(redirectedUrl("/account/groups"))
			.andExpect(flash().attribute("refusal", "groupMembers.lastAdministrator"));
		mvc.perform(post("/account/groups/" + groupId + "/members/" + owner.id() + "/role").with(csrf())
			.with(user(owner.details()))
			.param("role", "MEMBER")).andExpect(flash().attribute("refusal", "groupMembers.lastAdministrator"));
		mvc.perform(post("/account/groups/" + groupId + "/members/" + owner.id() + "/remove").with(csrf())
			.with(user(owner.details()))).andExpect(flash().attribute("refusal", "groupMembers.lastAdministrator"));
		mvc.perform(get("/account/groups/" + groupId + "/members").with(user(owner.details()))
			.flashAttr("refusal", "groupMembers.lastAdministrator"))
			.andExpect(content().string(Matchers.containsString("最後の管理者は、抜けることも、外されることも、メンバーに変わることもできません。")));
		assertThat(members.administers(owner.id(), groupId)).isTrue();

		invite(owner, groupId, second.email(), MemberRole.MEMBER);
		members.accept(tokenMailedTo(second.email()), second.id());
		members.changeRole(new Viewer(owner.id(), false), groupId, second.id(), MemberRole.ADMINISTRATOR);
		mvc.perform(post("/account/groups/" + groupId + "/members/" + owner.id() + "/role").with(csrf())
			.with(user(second.details()))
			.param("role", "MEMBER")).andExpect(flash().attribute("notice", "groupMembers.roleChanged"));
		assertThat(members.administers(owner.id(), groupId)).isFalse();
		assertThat(roles(owner)).contains(Role.GROUP_MEMBER).doesNotContain(Role.GROUP_ADMIN);
		mvc.perform(post("/account/groups/" + groupId + "/leave").with(csrf()).with(user(owner.details())))
			.andExpect(flash().attribute("membershipNotice", "groupMembers.left"));
		assertThat(roles(owner)).doesNotContain(Role.GROUP_MEMBER, Role.GROUP_ADMIN);
		assertThat(auditCount("group.member.role", groupId)).isEqualTo(2);
		assertThat(auditCount("group.member.left", groupId)).isEqualTo(1);
	}

	@Test
	void anotherGroupsAdministratorAndAMemberAreAnswered404() throws Exception {
		Person ownerA = person();
		Person ownerB = person();
		Person memberB = person();
		long groupA = group(ownerA, true);
		long groupB = group(ownerB, true);
		invite(ownerB, groupB, memberB.email(), MemberRole.MEMBER);
		members.accept(tokenMailedTo(memberB.email()), memberB.id());
		invite(ownerB, groupB, "pending-" + System.nanoTime() + "@example.jp", MemberRole.MEMBER);
		long invitationId = members.overview(new Viewer(ownerB.id(), false), groupB).invitations().getFirst().id();

		for (UserDetails intruder : List.of(ownerA.details(), memberB.details())) {
			mvc.perform(get("/account/groups/" + groupB + "/members").with(user(intruder))).andExpect(status().isNotFound());
			mvc.perform(get("/account/groups/" + groupB + "/edit").with(user(intruder))).andExpect(status().isNotFound());
			mvc.perform(post("/account/groups/" + groupB + "/members/invite").with(csrf()).with(user(intruder))
				.param("email", "intruder@example.jp")
				.param("role", "ADMINISTRATOR")).andExpect(status().isNotFound());
			mvc.perform(post("/account/groups/" + groupB + "/members/" + ownerB.id() + "/remove").with(csrf())
				.with(user(intruder))).andExpect(status().isNotFound());
			mvc.perform(post("/account/groups/" + groupB + "/members/" + memberB.id() + "/role").with(csrf())
				.with(user(intruder))
				.param("role", "ADMINISTRATOR")).andExpect(status().isNotFound());
			mvc.perform(post("/account/groups/" + groupB + "/invitations/" + invitationId + "/revoke").with(csrf())
				.with(user(intruder))).andExpect(status().isNotFound());
			mvc.perform(post("/account/groups/" + groupB + "/affiliations").with(csrf()).with(user(intruder))
				.param("umbrellaId", Long.toString(groupA))).andExpect(status().isNotFound());
		}
		// Group A's administrator cannot reach group B's invitation through group A either.
		mvc.perform(post("/account/groups/" + groupA + "/invitations/" + invitationId + "/revoke").with(csrf())
			.with(user(ownerA.details()))).andExpect(status().isNotFound());
		assertThat(members.administers(ownerB.id(), groupB)).isTrue();
		assertThat(members.administers(memberB.id(), groupB)).isFalse();
		assertThat(members.overview(new Viewer(ownerB.id(), false), groupB).invitations()).hasSize(1);
		// A coordinator may look after any group.
		mvc.perform(get("/account/groups/" + groupB + "/members").with(user(users.loadUserByUsername("coordinator@example.jp"))))
			.andExpect(status().isOk());
	}

	@Test
	void deletingAnAccountRemovesItsMembershipsAndFlagsAGroupLeftWithoutAdministrator() throws Exception {
		Person owner = person();
		Person member = person();
		long groupId = group(owner, true);
		invite(owner, groupId, member.email(), MemberRole.MEMBER);
		members.accept(tokenMailedTo(member.email()), member.id());
		invite(owner, groupId, "waiting-" + System.nanoTime() + "@example.jp", MemberRole.MEMBER);

		// The data export lists memberships.
		mvc.perform(get("/account/data/export").with(user(member.details())))
			.andExpect(content().string(Matchers.containsString("\"memberships\"")))
			.andExpect(content().string(Matchers.containsString("\"MEMBER\"")));

		accounts.deleteAccount(owner.id(), PASSWORD);
		assertThat(jdbc.queryForObject("select count(*) from group_member where account_id = ?", Long.class, owner.id()))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from group_invitation where invited_by = ?", Long.class,
				owner.id())).isZero();
		assertThat(directory.profile(groupId, Viewer.ANONYMOUS).summary().id()).isEqualTo(groupId);
		assertThat(members.withoutAdministrator()).extracting(GroupSummary::id).contains(groupId);
		mvc.perform(get("/backoffice/groups/without-administrator").with(user(users.loadUserByUsername("coordinator@example.jp"))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("管理者不在")))
			.andExpect(content().string(Matchers.containsString(directory.profile(groupId, Viewer.ANONYMOUS).summary().name())));
		assertThat(members.membershipsOf(member.id())).extracting(m -> m.group().id()).contains(groupId);

		accounts.deleteAccount(member.id(), PASSWORD);
		assertThat(jdbc.queryForObject("select count(*) from group_member where group_id = ?", Long.class, groupId))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from group_invitation where email = ?", Long.class,
				member.email())).isZero();
	}

	@Test
	void umbrellaRelationsAreRequestedConfirmedShownOnBothPagesAndNeverCyclic() throws Exception {
		Person memberAdmin = person();
		Person umbrellaAdmin = person();
		long member = group(memberAdmin, true);
		long umbrella = group(umbrellaAdmin, true);
		String memberName = directory.profile(member, Viewer.ANONYMOUS).summary().name();
		String umbrellaName = directory.profile(umbrella, Viewer.ANONYMOUS).summary().name();

		// The member group's administrator asks; nothing is public until the umbrella confirms.
		mvc.perform(post("/account/groups/" + member + "/affiliations").with(csrf()).with(user(memberAdmin.details()))
			.param("umbrellaId", Long.toString(umbrella)))
			.andExpect(flash().attribute("notice", "groupMembers.affiliation.saved"));
		assertThat(affiliations.publicOf(member).umbrellas()).isEmpty();
		long affiliationId = members.overview(new Viewer(umbrellaAdmin.id(), false), umbrella)
			.affiliations()
			.members()
			.getFirst()
			.affiliationId();
		// The member side cannot confirm its own request.
		mvc.perform(post("/account/groups/" + member + "/affiliations/" + affiliationId + "/confirm").with(csrf())
			.with(user(memberAdmin.details()))).andExpect(status().isNotFound());
		mvc.perform(post("/account/groups/" + umbrella + "/affiliations/" + affiliationId + "/confirm").with(csrf())
			.with(user(umbrellaAdmin.details())))
			.andExpect(flash().attribute("notice", "groupMembers.affiliation.confirmed"));

		mvc.perform(get("/groups/" + member))
			.andExpect(content().string(Matchers.containsString(umbrellaName)))
			.andExpect(content().string(Matchers.containsString("加盟している上部団体")));
		mvc.perform(get("/groups/" + umbrella))
			.andExpect(content().string(Matchers.containsString(memberName)))
			.andExpect(content().string(Matchers.containsString("構成団体")));

		// Cycles and self-reference are refused in Japanese.
		mvc.perform(post("/account/groups/" + umbrella + "/affiliations").with(csrf()).with(user(umbrellaAdmin.details()))
			.param("umbrellaId", Long.toString(umbrella)))
			.andExpect(flash().attribute("refusal", "groupMembers.affiliation.self"));
		Viewer coordinator = new Viewer(null, true);
		assertThatThrownBy(() -> affiliations.request(coordinator, umbrella, member))
			.hasMessage("groupMembers.affiliation.cycle");
		long top = group(umbrellaAdmin, true);
		affiliations.request(coordinator, umbrella, top);
		assertThatThrownBy(() -> affiliations.request(coordinator, top, member))
			.hasMessage("groupMembers.affiliation.cycle");
		mvc.perform(get("/account/groups/" + umbrella + "/members").with(user(umbrellaAdmin.details()))
			.flashAttr("refusal", "groupMembers.affiliation.cycle"))
			.andExpect(content().string(Matchers.containsString("その団体に加盟することはできません。")));

		// A coordinator sets a relation directly; a group under review never shows publicly.
		Person pendingAdmin = person();
		long pending = group(pendingAdmin, false);
		affiliations.request(coordinator, pending, umbrella);
		assertThat(affiliations.publicOf(umbrella).members()).extracting(GroupRef::groupId)
			.contains(member)
			.doesNotContain(pending);
		assertThat(members.overview(new Viewer(umbrellaAdmin.id(), false), umbrella).affiliations().members())
			.extracting(GroupRef::groupId)
			.contains(member, pending);
		assertThat(auditCount("group.affiliation.confirmed", umbrella)).isEqualTo(1);
		assertThat(auditCount("group.affiliation.requested", member)).isEqualTo(1);
	}

	@Test
	void theDemoShowsAFederationWithTwoNeighbourhoodAssociations() {
		long federation = directory.search(new DirectoryQuery("相模台地区自治会連合会", null, null, null, false, null, 0, 10, false))
			.items()
			.stream()
			.filter(g -> g.name().equals("相模台地区自治会連合会"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(affiliations.publicOf(federation).members()).extracting(GroupRef::name)
			.contains("相模台自治会", "相模台団地自治会");
		long member = accounts.findByEmail("member@example.jp").orElseThrow().id();
		assertThat(members.membershipsOf(member)).extracting(m -> m.group().name(), MembershipView::role)
			.contains(org.assertj.core.groups.Tuple.tuple("子育てひろば さくら", MemberRole.MEMBER));
	}
}
