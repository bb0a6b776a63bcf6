package jp.tomoni.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.util.UUID;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.shared.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators create staff accounts and grant roles; every step lands in the append-only audit log. */
@TomoniIntegrationTest
class AuditIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void creatingAStaffAccountAndGrantingARoleIsAudited() throws Exception {
		UserDetails admin = users.loadUserByUsername("admin@example.jp");
		String email = "new-staff-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";

		String location = mvc.perform(post("/admin/accounts/new").with(csrf()).with(user(admin)).with(request -> {
			request.setRemoteAddr("192.0.2.44");
			return request;
		})
			.param("email", email)
			.param("fullName", "協働 次郎")
			.param("fullNameKana", "きょうどう じろう")
			.param("displayName", "協働推進課 次郎")
			.param("roles", "CITY_STAFF"))
			.andExpect(redirectedUrlPattern("/admin/accounts/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(outbox.list(email, 0, 5).getContent()).singleElement()
			.satisfies(mail -> assertThat(mail.body()).contains("/password-reset/new?token="));

		mvc.perform(post("/admin/accounts/" + id + "/roles").with(csrf()).with(user(admin))
			.param("roles", "CITY_STAFF", "REVIEWER")).andExpect(redirectedUrlPattern("/admin/accounts/*"));
		assertThat(accounts.find(Long.parseLong(id)).orElseThrow().roles()).contains(Role.CITY_STAFF, Role.REVIEWER,
				Role.CITIZEN);

		var entries = auditLog.search(new AuditQuery("admin@example.jp", null, "accounts", id, null, null), 0, 50)
			.getContent();
		assertThat(entries).extracting(AuditEntryView::action)
			.contains("AdminAccountController.assignRoles");
		assertThat(auditLog.search(new AuditQuery(null, "account.created", null, id, null, null), 0, 5).getContent())
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo("admin@example.jp");
				assertThat(entry.actorRoles()).contains("ADMIN");
				assertThat(entry.remoteAddress()).isEqualTo("192.0.2.44");
				assertThat(entry.occurredAt()).isNotNull();
			});
		assertThat(auditLog.search(new AuditQuery(null, "account.roles", null, id, null, null), 0, 5).getContent())
			.singleElement()
			.satisfies(entry -> assertThat(entry.action()).contains("REVIEWER"));

		mvc.perform(get("/admin/audit").with(user(admin)).param("recordId", id))
			.andExpect(content().string(Matchers.containsString("AdminAccountController.assignRoles")));
	}

	@Test
	void staffSignInsAndSignOutsAreAuditedWithTheirAddress() throws Exception {
		long before = auditLog.search(new AuditQuery("coordinator@example.jp", "session.signed-in", null, null, null, null), 0, 1)
			.getTotalElements();
		var session = new org.springframework.mock.web.MockHttpSession();
		mvc.perform(post("/login").with(csrf()).session(session).param("email", "coordinator@example.jp")
			.param("password", "tomoni-demo-2026").with(request -> {
				request.setRemoteAddr("192.0.2.61");
				return request;
			})).andExpect(redirectedUrlPattern("/**"));
		var signIns = auditLog.search(new AuditQuery("coordinator@example.jp", "session.signed-in", null, null, null, null), 0, 1);
		assertThat(signIns.getTotalElements()).isEqualTo(before + 1);
		assertThat(signIns.getContent().getFirst().remoteAddress()).isEqualTo("192.0.2.61");
		assertThat(signIns.getContent().getFirst().actorRoles()).contains("COORDINATOR");

		mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrlPattern("/**"));
		assertThat(auditLog.search(new AuditQuery("coordinator@example.jp", "session.signed-out", null, null, null, null), 0, 1)
			.getTotalElements()).isPositive();
	}

	@Test
	void aResidentsSignInIsNotAudited() throws Exception {
		long before = auditLog.search(AuditQuery.all(), 0, 1).getTotalElements();
		mvc.perform(post("/login").with(csrf()).param("email", "member@example.jp").param("password", "tomoni-demo-2026")
			.with(request -> {
				request.setRemoteAddr("192.0.2.62");
				return request;
			})).andExpect(redirectedUrlPattern("/**"));
		assertThat(auditLog.search(AuditQuery.all(), 0, 1).getTotalElements()).isEqualTo(before);
	}

	@Test
	void theLogsPagesKeepTheSearchFilters() throws Exception {
		UserDetails admin = users.loadUserByUsername("admin@example.jp");
		for (int i = 0; i < 51; i++) {
			auditLog.record(new AuditRecord("paging.check", "paging", "p-" + i), "OK", null);
		}
		mvc.perform(get("/admin/audit").with(user(admin)).param("action", "paging.check"))
			.andExpect(content().string(Matchers.containsString("action=paging.check")))
			.andExpect(content().string(Matchers.containsString("page=1")));
	}

	@Test
	void anAdministratorCannotDropTheirOwnAdministratorRole() throws Exception {
		UserDetails admin = users.loadUserByUsername("admin@example.jp");
		long adminId = ((jp.tomoni.shared.SignedInPerson) admin).accountId();
		mvc.perform(post("/admin/accounts/" + adminId + "/roles").with(csrf()).with(user(admin)).param("roles", "CITY_STAFF"))
			.andExpect(content().string(Matchers.containsString("ご自身のシステム管理者の役割は外せません")));
		assertThat(accounts.find(adminId).orElseThrow().roles()).contains(Role.ADMIN);
	}

	@Test
	void residentsActionsAreNotAuditedButStaffRefusalsAreKeptToo() throws Exception {
		long before = auditLog.search(AuditQuery.all(), 0, 1).getTotalElements();
		UserDetails citizen = users.loadUserByUsername("citizen@example.jp");
		mvc.perform(post("/account/profile").with(csrf()).with(user(citizen))
			.param("fullName", "山田 太郎")
			.param("fullNameKana", "ヤマダ タロウ")
			.param("displayName", "やまだ"));
		assertThat(auditLog.search(AuditQuery.all(), 0, 1).getTotalElements()).isEqualTo(before);
	}

	@Test
	void theLogOffersNoWayToChangeOrDeleteEntries() {
		assertThat(AuditEntryRepository.class.getMethods()).extracting(java.lang.reflect.Method::getName)
			.doesNotContain("delete", "deleteAll", "deleteById", "saveAll", "update");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isNotNegative();
	}
}
