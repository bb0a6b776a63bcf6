package jp.tomoni.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.shared.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every back-office and account endpoint × every role: the roles that may use it get through, every other role is
 * refused with 403, and visitors are sent to sign in. Signed in as the demonstration account of each role.
 */
@TomoniIntegrationTest
class RoleMatrixIntegrationTests {

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	private static final Set<Role> STAFF = Role.STAFF;

	private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

	private static final Set<Role> GROUP_REVIEW = EnumSet.of(Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN);

	/** The editors of news and case stories. */
	private static final Set<Role> EDITORS = EnumSet.of(Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN);

	private static final Set<Role> REPORTER = EnumSet.of(Role.REPORTER);

	/** Who write case stories: reporters, and staff and administrators the stories they start from projects. */
	private static final Set<Role> STORY_AUTHORS = EnumSet.of(Role.REPORTER, Role.CITY_STAFF, Role.ADMIN);

	/** Those who open and run calls for proposals. */
	private static final Set<Role> CALL_STAFF = EnumSet.of(Role.CITY_STAFF, Role.ADMIN);

	private static final Set<Role> GROUP_ADMIN = EnumSet.of(Role.GROUP_ADMIN);
	private static final Set<Role> EVENT_PUBLISHERS = EnumSet.of(Role.GROUP_ADMIN, Role.COORDINATOR, Role.CITY_STAFF,
			Role.ADMIN);

	/** The demonstration account that holds exactly this role (besides citizen). */
	private static final Map<Role, String> ACCOUNT_OF = Map.of(Role.CITIZEN, "citizen@example.jp", Role.GROUP_MEMBER,
			"member@example.jp", Role.GROUP_ADMIN, "group-admin@example.jp", Role.REPORTER, "reporter@example.jp",
			Role.COORDINATOR, "coordinator@example.jp", Role.CITY_STAFF, "staff@example.jp", Role.REVIEWER,
			"reviewer@example.jp", Role.ADMIN, "admin@example.jp");

	record Endpoint(String method, String path, Set<Role> allowed) {

		MockHttpServletRequestBuilder request() {
			return "GET".equals(method) ? get(path) : post(path).with(csrf());
		}

		@Override
		public String toString() {
			return method + " " + path;
		}
	}

	static List<Endpoint> endpoints() {
		return List.of(new Endpoint("GET", "/account/profile", EVERYONE), new Endpoint("GET", "/account/data", EVERYONE),
				new Endpoint("GET", "/account/data/export", EVERYONE), new Endpoint("GET", "/account/delete", EVERYONE),
				new Endpoint("GET", "/account/notices", EVERYONE), new Endpoint("POST", "/account/notices/read", EVERYONE),
				new Endpoint("POST", "/account/notices/999999/open", EVERYONE),
				new Endpoint("GET", "/account/notices/mail", EVERYONE), new Endpoint("POST", "/account/notices/mail", EVERYONE),
				new Endpoint("GET", "/account/talent", EVERYONE), new Endpoint("POST", "/account/talent", EVERYONE),
				new Endpoint("POST", "/account/talent/withdraw", EVERYONE),
				new Endpoint("GET", "/account/matching", EVERYONE), new Endpoint("GET", "/matching/posts/new", EVERYONE),
				new Endpoint("POST", "/matching/posts/new", EVERYONE),
				new Endpoint("POST", "/matching/posts/999999/close", EVERYONE),
				new Endpoint("POST", "/matching/posts/999999/interest?type=TALENT&target=1", EVERYONE),
				new Endpoint("POST", "/matching/posts/999999/answer?type=TALENT&as=1", EVERYONE),
				new Endpoint("POST", "/matching/interests/999999/interest", EVERYONE),
				new Endpoint("POST", "/matching/interests/999999/coordinator", EVERYONE),
				new Endpoint("GET", "/backoffice/matching", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/matching/interests/999999/introduce", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/talent", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/talent/999999", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/talent/999999/introductions", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/talent/introductions/999999?outcome=MATCHED", GROUP_REVIEW),
				new Endpoint("GET", "/admin/talent-skills", ADMIN), new Endpoint("POST", "/admin/talent-skills", ADMIN),
				new Endpoint("POST", "/admin/talent-skills/no-such-entry/retire", ADMIN),
				new Endpoint("GET", "/admin/departments", ADMIN), new Endpoint("POST", "/admin/departments", ADMIN),
				new Endpoint("POST", "/admin/departments/no-such-entry", ADMIN),
				new Endpoint("POST", "/admin/departments/no-such-entry/retire", ADMIN),
				// projects: the vocabulary of collaboration (CollaborationVocabularyIntegrationTests)
				new Endpoint("GET", "/admin/collaboration-forms", ADMIN),
				new Endpoint("POST", "/admin/collaboration-forms", ADMIN),
				new Endpoint("GET", "/admin/collaboration-forms/commission", ADMIN),
				new Endpoint("POST", "/admin/collaboration-forms/no-such-entry", ADMIN),
				new Endpoint("POST", "/admin/collaboration-forms/no-such-entry/settings", ADMIN),
				new Endpoint("POST", "/admin/collaboration-forms/no-such-entry/retire", ADMIN),
				new Endpoint("GET", "/admin/collaboration-principles", ADMIN),
				new Endpoint("POST", "/admin/collaboration-principles", ADMIN),
				new Endpoint("GET", "/admin/collaboration-principles/autonomy", ADMIN),
				new Endpoint("POST", "/admin/collaboration-principles/no-such-entry/description", ADMIN),
				new Endpoint("GET", "/admin/collaboration-presets", ADMIN),
				new Endpoint("POST", "/admin/collaboration-presets/no-such-preset", ADMIN),
				new Endpoint("GET", "/backoffice", STAFF), new Endpoint("GET", "/admin/accounts", ADMIN),
				new Endpoint("GET", "/admin/accounts/new", ADMIN), new Endpoint("GET", "/admin/accounts/1", ADMIN),
				new Endpoint("POST", "/admin/accounts/new", ADMIN), new Endpoint("GET", "/admin/mail", ADMIN),
				new Endpoint("GET", "/admin/audit", ADMIN), new Endpoint("GET", "/admin/synonyms", ADMIN),
				new Endpoint("POST", "/admin/synonyms", ADMIN), new Endpoint("POST", "/admin/synonyms/999999/delete", ADMIN),
				new Endpoint("GET", "/account/groups", EVERYONE), new Endpoint("GET", "/account/groups/new", EVERYONE),
				new Endpoint("GET", "/account/groups/999999/logo", EVERYONE),
				new Endpoint("POST", "/account/groups/999999/logo", EVERYONE),
				new Endpoint("POST", "/account/groups/999999/logo/delete", EVERYONE),
				new Endpoint("GET", "/backoffice/groups", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/groups/999999/approve", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/groups/999999/return", GROUP_REVIEW),
				// group lifecycle: suspension and removal, 情報更新確認, master data
				new Endpoint("GET", "/backoffice/groups/moderated", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/groups/999999/moderation", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/groups/999999/suspend", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/groups/999999/remove", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/groups/999999/reinstate", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/groups/unconfirmed", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/groups/unconfirmed/remind", GROUP_REVIEW),
				new Endpoint("POST", "/account/groups/999999/confirm", EVERYONE),
				new Endpoint("GET", "/admin/group-kinds", ADMIN), new Endpoint("POST", "/admin/group-kinds", ADMIN),
				new Endpoint("GET", "/admin/group-kinds/no-such-kind", ADMIN),
				new Endpoint("POST", "/admin/group-kinds/no-such-kind", ADMIN),
				new Endpoint("POST", "/admin/group-kinds/no-such-kind/move", ADMIN),
				new Endpoint("POST", "/admin/group-kinds/no-such-kind/retire", ADMIN),
				new Endpoint("POST", "/admin/group-kinds/no-such-kind/restore", ADMIN),
				new Endpoint("POST", "/admin/group-kinds/no-such-kind/delete", ADMIN),
				new Endpoint("GET", "/admin/areas", ADMIN), new Endpoint("POST", "/admin/areas", ADMIN),
				new Endpoint("GET", "/admin/areas/no-such-area", ADMIN),
				new Endpoint("POST", "/admin/areas/no-such-area", ADMIN),
				new Endpoint("POST", "/admin/areas/no-such-area/move", ADMIN),
				new Endpoint("POST", "/admin/areas/no-such-area/retire", ADMIN),
				new Endpoint("POST", "/admin/areas/no-such-area/restore", ADMIN),
				new Endpoint("POST", "/admin/areas/no-such-area/delete", ADMIN),
				new Endpoint("GET", "/admin/event-categories", ADMIN),
				new Endpoint("POST", "/admin/event-categories", ADMIN),
				new Endpoint("GET", "/admin/event-categories/no-such-entry", ADMIN),
				new Endpoint("POST", "/admin/event-categories/no-such-entry", ADMIN),
				new Endpoint("POST", "/admin/event-categories/no-such-entry/move", ADMIN),
				new Endpoint("POST", "/admin/event-categories/no-such-entry/retire", ADMIN),
				new Endpoint("POST", "/admin/event-categories/no-such-entry/restore", ADMIN),
				new Endpoint("GET", "/admin/place-kinds", ADMIN), new Endpoint("POST", "/admin/place-kinds", ADMIN),
				new Endpoint("GET", "/admin/place-kinds/no-such-entry", ADMIN),
				new Endpoint("POST", "/admin/place-kinds/no-such-entry", ADMIN),
				new Endpoint("POST", "/admin/place-kinds/no-such-entry/move", ADMIN),
				new Endpoint("POST", "/admin/place-kinds/no-such-entry/retire", ADMIN),
				new Endpoint("POST", "/admin/place-kinds/no-such-entry/restore", ADMIN),
				new Endpoint("GET", "/admin/consultation-desks", ADMIN), new Endpoint("POST", "/admin/consultation-desks", ADMIN),
				new Endpoint("POST", "/admin/consultation-desks/no-such-entry", ADMIN),
				new Endpoint("POST", "/admin/consultation-desks/no-such-entry/retire", ADMIN),
				new Endpoint("GET", "/admin/consultation-topics", ADMIN), new Endpoint("POST", "/admin/consultation-topics", ADMIN),
				new Endpoint("POST", "/admin/consultation-topics/no-such-entry", ADMIN),
				new Endpoint("POST", "/admin/consultation-topics/no-such-entry/retire", ADMIN),
				// Group members (object-level checks answer 404 to everyone but the group's administrators and staff).
				new Endpoint("GET", "/account/groups/999999/members", EVERYONE),
				new Endpoint("POST", "/account/groups/999999/members/invite", EVERYONE),
				new Endpoint("POST", "/account/groups/999999/invitations/1/revoke", EVERYONE),
				new Endpoint("POST", "/account/groups/999999/members/1/role", EVERYONE),
				new Endpoint("POST", "/account/groups/999999/members/1/remove", EVERYONE),
				new Endpoint("POST", "/account/groups/999999/leave", EVERYONE),
				new Endpoint("POST", "/account/groups/999999/affiliations", EVERYONE),
				new Endpoint("POST", "/account/groups/999999/affiliations/1/confirm", EVERYONE),
				new Endpoint("POST", "/account/groups/999999/affiliations/1/end", EVERYONE),
				new Endpoint("GET", "/account/invitations?token=unknown", EVERYONE),
				new Endpoint("POST", "/account/invitations/accept", EVERYONE),
				new Endpoint("POST", "/account/invitations/decline", EVERYONE),
				new Endpoint("GET", "/backoffice/groups/without-administrator", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/groups/import", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/groups/import", GROUP_REVIEW),
				// News and case stories: editors write news and review stories; reporters write stories.
				new Endpoint("GET", "/backoffice/news", EDITORS), new Endpoint("GET", "/backoffice/news/new", EDITORS),
				new Endpoint("POST", "/backoffice/news/new", EDITORS),
				new Endpoint("GET", "/backoffice/news/999999/edit", EDITORS),
				new Endpoint("POST", "/backoffice/news/999999/edit", EDITORS),
				new Endpoint("POST", "/backoffice/news/999999/publish", EDITORS),
				new Endpoint("POST", "/backoffice/news/999999/unpublish", EDITORS),
				new Endpoint("GET", "/backoffice/stories", EDITORS),
				new Endpoint("GET", "/backoffice/stories/999999", EDITORS),
				new Endpoint("POST", "/backoffice/stories/999999/publish", EDITORS),
				new Endpoint("POST", "/backoffice/stories/999999/request-changes", EDITORS),
				new Endpoint("GET", "/account/stories", STORY_AUTHORS), new Endpoint("GET", "/account/stories/new", REPORTER),
				new Endpoint("POST", "/account/stories/new", REPORTER),
				new Endpoint("GET", "/account/stories/999999", STORY_AUTHORS),
				new Endpoint("GET", "/account/stories/999999/edit", STORY_AUTHORS),
				new Endpoint("POST", "/account/stories/999999/edit", STORY_AUTHORS),
				new Endpoint("POST", "/account/stories/999999/withdraw", STORY_AUTHORS),
				// newsletter and page views
				new Endpoint("GET", "/backoffice/newsletter", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/newsletter/preview", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/newsletter/send", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/page-views", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/page-views/export.csv", GROUP_REVIEW),
				// consultations: the desk's log and its counts, staff of the desks only (ConsultationIntegrationTests)
				new Endpoint("GET", "/backoffice/consultations", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/consultations/new", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/consultations/new", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/consultations/999999", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/consultations/999999/edit", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/consultations/999999/edit", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/consultations/stats", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/consultations/stats.csv", GROUP_REVIEW),
				// places: staff keep the register and import lists; visitors only read (PlaceIntegrationTests)
				new Endpoint("GET", "/backoffice/places", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/places/new", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/places/new", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/places/999999/edit", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/places/999999/edit", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/places/999999/hide", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/places/999999/publish", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/places/import", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/places/import", GROUP_REVIEW),
				// Registration for events (object-level checks answer 404 to anyone but the registrant / the event's organisers;
				// participant lists need a publisher's role first).
				new Endpoint("GET", "/account/registrations", EVERYONE),
				new Endpoint("POST", "/account/registrations/999999/cancel", EVERYONE),
				new Endpoint("GET", "/events/999999/dates/999999/register", EVERYONE),
				new Endpoint("POST", "/events/999999/dates/999999/register", EVERYONE),
				new Endpoint("GET", "/account/events/999999/participants", EVENT_PUBLISHERS),
				new Endpoint("GET", "/account/events/999999/participants.csv", EVENT_PUBLISHERS),
				// Volunteering: residents' own shifts and certificate; publishers' opportunities (object-level checks: 404).
				new Endpoint("GET", "/account/volunteering", EVERYONE),
				new Endpoint("GET", "/account/volunteering/certificate.pdf", EVERYONE),
				new Endpoint("POST", "/account/volunteering/signups/999999/cancel", EVERYONE),
				new Endpoint("POST", "/volunteering/999999/signup", EVERYONE),
				new Endpoint("GET", "/account/volunteering/opportunities", EVENT_PUBLISHERS),
				new Endpoint("GET", "/account/volunteering/opportunities/new", EVENT_PUBLISHERS),
				new Endpoint("POST", "/account/volunteering/opportunities/new", EVENT_PUBLISHERS),
				new Endpoint("GET", "/account/volunteering/opportunities/999999", EVENT_PUBLISHERS),
				new Endpoint("POST", "/account/volunteering/opportunities/999999/publish", EVENT_PUBLISHERS),
				new Endpoint("POST", "/account/volunteering/opportunities/999999/close", EVENT_PUBLISHERS),
				new Endpoint("POST", "/account/volunteering/signups/999999/attendance?opportunityId=999999", EVENT_PUBLISHERS),
				// Events: publishers (group administrators for their groups, staff for anyone) and the review.
				new Endpoint("GET", "/account/events", EVENT_PUBLISHERS),
				new Endpoint("GET", "/account/events/new", EVENT_PUBLISHERS),
				new Endpoint("POST", "/account/events/new", EVENT_PUBLISHERS),
				new Endpoint("GET", "/account/events/999999/edit", EVENT_PUBLISHERS),
				new Endpoint("POST", "/account/events/999999/edit", EVENT_PUBLISHERS),
				new Endpoint("GET", "/account/events/999999/cancel", EVENT_PUBLISHERS),
				new Endpoint("POST", "/account/events/999999/cancel", EVENT_PUBLISHERS),
				new Endpoint("GET", "/account/events/place-choices?placeQuery=x", EVENT_PUBLISHERS),
				new Endpoint("GET", "/backoffice/events", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/events/999999", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/events/999999/approve", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/events/999999/return", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/events/settings", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/events/settings", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/events/import", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/events/import", GROUP_REVIEW),
				// Local issues: anyone signed in posts; group administrators propose; coordinators and city staff
				// triage (object-level visibility: LocalIssueIntegrationTests).
				new Endpoint("GET", "/account/issues", EVERYONE), new Endpoint("GET", "/account/issues/new", EVERYONE),
				new Endpoint("POST", "/account/issues/new", EVERYONE),
				new Endpoint("POST", "/issues/999999/proposals", EnumSet.of(Role.GROUP_ADMIN)),
				new Endpoint("GET", "/backoffice/issues", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/issues/999999", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/issues/999999/accept", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/issues/999999/duplicate", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/issues/999999/out-of-scope", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/issues/999999/call", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/issues/999999/close-call", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/issues/999999/partners", GROUP_REVIEW),
				// Patronage and co-hosting: group administrators apply; city staff decide (PatronageIntegrationTests).
				new Endpoint("GET", "/account/patronage", EnumSet.of(Role.GROUP_ADMIN)),
				new Endpoint("GET", "/account/patronage/new", EnumSet.of(Role.GROUP_ADMIN)),
				new Endpoint("POST", "/account/patronage/new", EnumSet.of(Role.GROUP_ADMIN)),
				new Endpoint("POST", "/account/patronage/999999/withdraw", EnumSet.of(Role.GROUP_ADMIN)),
				new Endpoint("GET", "/backoffice/patronage", EnumSet.of(Role.CITY_STAFF, Role.ADMIN)),
				new Endpoint("GET", "/backoffice/patronage/999999", EnumSet.of(Role.CITY_STAFF, Role.ADMIN)),
				new Endpoint("POST", "/backoffice/patronage/999999/decision", EnumSet.of(Role.CITY_STAFF, Role.ADMIN)),
				new Endpoint("GET", "/admin/patronage-conditions", ADMIN),
				new Endpoint("POST", "/admin/patronage-conditions", ADMIN),
				new Endpoint("POST", "/admin/patronage-conditions/no-such-entry", ADMIN),
				new Endpoint("POST", "/admin/patronage-conditions/no-such-entry/retire", ADMIN),
				// projects: the register in the back office, coordinators, city staff and administrators
				// (ProjectsIntegrationTests; the public /projects pages are open to everyone)
				new Endpoint("GET", "/backoffice/projects", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/projects?review=commission", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/projects/new", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/projects/new", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/projects/999999", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/projects/999999/edit", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/projects/999999/case-story", CALL_STAFF),
				new Endpoint("POST", "/backoffice/projects/999999/edit", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/projects/counts", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/projects/counts.csv", GROUP_REVIEW),
				// projects: agreements in the back office (AgreementIntegrationTests)
				new Endpoint("GET", "/backoffice/projects/999999/agreement", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/projects/999999/agreement", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/projects/999999/agreement/1/pdf", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/projects/999999/agreement/1/scan", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/projects/999999/agreement/1/scan", GROUP_REVIEW),
				// projects: evaluation (EvaluationIntegrationTests; the public /projects/{id}/evaluation is open)
				new Endpoint("GET", "/account/projects/999999/evaluation", EnumSet.of(Role.GROUP_ADMIN, Role.REVIEWER,
						Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN)),
				new Endpoint("GET", "/account/projects/999999/evaluation/parties/0", EnumSet.of(Role.GROUP_ADMIN,
						Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN)),
				new Endpoint("POST", "/account/projects/999999/evaluation/parties/0", EnumSet.of(Role.GROUP_ADMIN,
						Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN)),
				new Endpoint("GET", "/account/projects/999999/evaluation/committee", EnumSet.of(Role.REVIEWER,
						Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN)),
				new Endpoint("POST", "/account/projects/999999/evaluation/committee", EnumSet.of(Role.REVIEWER,
						Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN)),
				new Endpoint("POST", "/backoffice/projects/999999/evaluation/publish", GROUP_REVIEW),
				// projects: reports (ReportIntegrationTests; group administrators only for their own groups, checked in
				// the service; the public /projects/{id}/reports/{n} is open)
				new Endpoint("GET", "/account/projects/999999/reports", EVENT_PUBLISHERS),
				new Endpoint("GET", "/account/projects/999999/reports/new", EVENT_PUBLISHERS),
				new Endpoint("POST", "/account/projects/999999/reports/new", EVENT_PUBLISHERS),
				new Endpoint("GET", "/account/projects/999999/reports/1", EVENT_PUBLISHERS),
				new Endpoint("GET", "/account/projects/999999/reports/1/edit", EVENT_PUBLISHERS),
				new Endpoint("POST", "/account/projects/999999/reports/1/edit", EVENT_PUBLISHERS),
				new Endpoint("POST", "/account/projects/999999/reports/1/discard", EVENT_PUBLISHERS),
				// The proposal scheme: city staff run calls; coordinators, city staff and administrators see the
				// scheme's back office and record consultations; group administrators consult and propose.
				new Endpoint("GET", "/backoffice/proposals", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/proposals/consultations", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/proposals/calls/999999", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/proposals/calls/999999/consultations", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/proposals/proposals/999999", GROUP_REVIEW),
				new Endpoint("GET", "/backoffice/proposals/calls/new", CALL_STAFF),
				new Endpoint("POST", "/backoffice/proposals/calls/new", CALL_STAFF),
				new Endpoint("GET", "/backoffice/proposals/calls/999999/edit", CALL_STAFF),
				new Endpoint("POST", "/backoffice/proposals/calls/999999/edit", CALL_STAFF),
				new Endpoint("POST", "/backoffice/proposals/calls/999999/publish", CALL_STAFF),
				new Endpoint("POST", "/backoffice/proposals/calls/999999/cancel", CALL_STAFF),
				new Endpoint("POST", "/proposals/calls/999999/consultations", GROUP_ADMIN),
				new Endpoint("POST", "/proposals/calls/999999/proposals", GROUP_ADMIN),
				new Endpoint("GET", "/account/proposals", GROUP_ADMIN),
				new Endpoint("GET", "/account/proposals/999999", GROUP_ADMIN),
				new Endpoint("GET", "/account/proposals/999999/edit", GROUP_ADMIN),
				new Endpoint("POST", "/account/proposals/999999/edit", GROUP_ADMIN),
				new Endpoint("POST", "/account/proposals/999999/attachments", GROUP_ADMIN),
				new Endpoint("POST", "/account/proposals/999999/attachments/1/delete", GROUP_ADMIN),
				new Endpoint("POST", "/account/proposals/999999/withdraw", GROUP_ADMIN),
				new Endpoint("POST", "/account/proposals/999999/consent?groupId=1", GROUP_ADMIN),
				new Endpoint("GET", "/account/proposals/999999/attachments/1", EnumSet.of(Role.GROUP_ADMIN,
						Role.COORDINATOR, Role.CITY_STAFF, Role.ADMIN, Role.REVIEWER)),
				new Endpoint("GET", "/review", EnumSet.of(Role.REVIEWER)),
				new Endpoint("GET", "/review/calls/999999", EnumSet.of(Role.REVIEWER)),
				new Endpoint("GET", "/review/proposals/999999", EnumSet.of(Role.REVIEWER)),
				new Endpoint("POST", "/review/proposals/999999/declaration", EnumSet.of(Role.REVIEWER)),
				new Endpoint("POST", "/review/proposals/999999/scores", EnumSet.of(Role.REVIEWER)),
				new Endpoint("POST", "/backoffice/proposals/calls/999999/review/start", CALL_STAFF),
				new Endpoint("POST", "/backoffice/proposals/calls/999999/review/close", CALL_STAFF),
				new Endpoint("POST", "/backoffice/proposals/proposals/999999/decision", CALL_STAFF),
				new Endpoint("POST", "/backoffice/proposals/calls/999999/results/publish", CALL_STAFF),
				new Endpoint("POST", "/backoffice/proposals/calls/999999/opinions", CALL_STAFF),
				new Endpoint("POST", "/backoffice/proposals/opinions/999999/hide", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/proposals/proposals/999999/meetings", GROUP_REVIEW),
				new Endpoint("POST", "/backoffice/proposals/proposals/999999/meetings/1/delete", GROUP_REVIEW),
				new Endpoint("POST", "/proposals/calls/999999/proposals/999999/opinion", EVERYONE),
				new Endpoint("POST", "/proposals/calls/999999/proposals/999999/opinion/withdraw", EVERYONE),
				new Endpoint("GET", "/admin/review-criteria", ADMIN), new Endpoint("POST", "/admin/review-criteria", ADMIN),
				new Endpoint("POST", "/admin/review-criteria/no-such-entry/weight", ADMIN),
				new Endpoint("GET", "/admin/suitability-items", ADMIN),
				new Endpoint("POST", "/admin/suitability-items", ADMIN),
				new Endpoint("POST", "/admin/suitability-items/no-such-entry/aspect", ADMIN));
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			for (Role role : Role.values()) {
				cases.add(Arguments.of(endpoint, role));
			}
		}
		return cases.stream();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void eachRoleIsAllowedOrRefused(Endpoint endpoint, Role role) throws Exception {
		UserDetails principal = users.loadUserByUsername(ACCOUNT_OF.get(role));
		int status = mvc.perform(endpoint.request().with(user(principal))).andReturn().getResponse().getStatus();
		if (endpoint.allowed().contains(role)) {
			assertThat(status).as("%s may use %s", role, endpoint).isNotIn(401, 403).isLessThan(500);
		}
		else {
			assertThat(status).as("%s must be refused %s", role, endpoint).isEqualTo(403);
		}
	}

	@ParameterizedTest(name = "{0} as a visitor")
	@MethodSource("endpoints")
	void visitorsAreSentToSignIn(Endpoint endpoint) throws Exception {
		var response = mvc.perform(endpoint.request()).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).endsWith("/login");
	}
}
