package jp.tomoni.registrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.events.EventManagement;
import jp.tomoni.events.Events;
import jp.tomoni.groups.GroupCommand;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.Visibility;
import jp.tomoni.mail.MailOutbox;
import jp.tomoni.registrations.RegistrationFixtures.Person;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages: the registration form with a Japanese refusal naming the field, the resident's list and cancellation,
 * and the participant list with its CSV download, for the organiser group's administrators and staff only, audited.
 */
@TomoniIntegrationTest
class RegistrationWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventRegistrations registrations;

	@Autowired
	EventManagement management;

	@Autowired
	Events events;

	@Autowired
	AccountManagement accounts;

	@Autowired
	GroupDirectory directory;

	@Autowired
	UserDetailsService users;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	RegistrationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new RegistrationFixtures(accounts, users, management, events, outbox);
	}

	private long auditCount(String action, long eventId) {
		return jdbc.queryForObject("select count(*) from audit_entry where action = ? and record_id = ?", Long.class,
				action, Long.toString(eventId));
	}

	@Test
	void aResidentRegistersThroughTheFormSeesTheRegistrationAndCancelsIt() throws Exception {
		long eventId = fixtures.event("フォームの講座" + RegistrationFixtures.unique(), 1, RegistrationFixtures.inDays(4));
		long dateId = fixtures.dateOf(eventId, 0);
		Person person = fixtures.person();
		String form = "/events/" + eventId + "/dates/" + dateId + "/register";

		mvc.perform(get(form).with(user(person.details())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("残り1席")));
		mvc.perform(post(form).with(csrf()).with(user(person.details())).param("people", "0").param("note", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("人数は1以上の数を入力してください。")));
		mvc.perform(post(form).with(csrf()).with(user(person.details())).param("people", "2").param("note", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("人数は定員(1人)以内で入力してください。")));
		mvc.perform(post(form).with(csrf()).with(user(person.details())).param("people", "１").param("note", "ベビーカーで伺います"))
			.andExpect(redirectedUrl("/account/registrations"))
			.andExpect(flash().attributeExists("outcome"));

		long registrationId = registrations.mine(person.id()).getFirst().id();
		mvc.perform(get("/account/registrations").with(user(person.details())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("申込み済み")));
		// Someone else's registration is not found.
		Person other = fixtures.person();
		mvc.perform(post("/account/registrations/" + registrationId + "/cancel").with(csrf()).with(user(other.details())))
			.andExpect(status().isNotFound());
		mvc.perform(post("/account/registrations/" + registrationId + "/cancel").with(csrf()).with(user(person.details())))
			.andExpect(redirectedUrl("/account/registrations"))
			.andExpect(flash().attribute("notice", "registration.cancelled"));
		assertThat(registrations.mine(person.id()).getFirst().status()).isEqualTo(RegistrationStatus.CANCELLED);
		// A date of another event is not found through this event's address.
		long otherEvent = fixtures.event("別の講座" + RegistrationFixtures.unique(), 1, RegistrationFixtures.inDays(4));
		mvc.perform(post("/events/" + otherEvent + "/dates/" + dateId + "/register").with(csrf())
			.with(user(person.details()))
			.param("people", "1")).andExpect(status().isNotFound());
	}

	@Test
	void theOrganiserGroupsAdministratorAndStaffExportTheParticipantsOthersAreRefused() throws Exception {
		Person organiser = fixtures.person();
		long groupId = directory.register(organiser.id(), new GroupCommand("申込み試験の会" + RegistrationFixtures.unique(),
				"モウシコミシケンノカイ", "volunteer-group", null, Set.of("13"), Set.of("hashimoto"), "試験のための団体です。", null,
				null, null, true, null, null, Visibility.STAFF, null, Visibility.STAFF));
		directory.approve(groupId);
		String name = "参加者一覧の講座" + RegistrationFixtures.unique();
		long eventId = management.create(fixtures.staff(), RegistrationFixtures.command(name, 1, null, groupId,
				List.of(RegistrationFixtures.inDays(12))));
		long dateId = fixtures.dateOf(eventId, 0);
		Person registered = fixtures.person();
		Person waiting = fixtures.person();
		registrations.register(registered.id(), dateId, new RegistrationCommand(1, "車いすで参加します, 段差が苦手です"));
		registrations.register(waiting.id(), dateId, new RegistrationCommand(1, null));
		String registeredName = accounts.find(registered.id()).orElseThrow().fullName();
		String csvPath = "/account/events/" + eventId + "/participants.csv";

		// The organiser group's administrator (with the role the membership gives them).
		var organiserDetails = users.loadUserByUsername(organiser.email());
		mvc.perform(get("/account/events/" + eventId + "/participants").with(user(organiserDetails)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(registered.email())))
			.andExpect(content().string(Matchers.containsString("キャンセル待ち 1番目")));
		byte[] csv = mvc.perform(get(csvPath).with(user(organiserDetails)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(csv, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.getFirst()).isEqualTo(String.join(",", ParticipantsController.COLUMNS));
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).contains("申込み", registeredName, registered.email(), "\"車いすで参加します, 段差が苦手です\"");
		assertThat(lines.get(2)).contains("キャンセル待ち", ",1,", waiting.email());
		assertThat(auditCount("registration.participants-exported", eventId)).isEqualTo(1);
		assertThat(auditCount("registration.participants-viewed", eventId)).isEqualTo(1);

		// Staff see every event's list.
		mvc.perform(get(csvPath).with(user(users.loadUserByUsername("coordinator@example.jp"))))
			.andExpect(status().isOk());
		// Another group's administrator: not found. A resident, a reviewer: refused by role.
		mvc.perform(get(csvPath).with(user(users.loadUserByUsername("group-admin@example.jp"))))
			.andExpect(status().isNotFound());
		mvc.perform(get(csvPath).with(user(registered.details()))).andExpect(status().isForbidden());
		mvc.perform(get(csvPath).with(user(users.loadUserByUsername("reviewer@example.jp"))))
			.andExpect(status().isForbidden());
		assertThat(auditCount("registration.participants-exported", eventId)).isEqualTo(2);
	}
}
