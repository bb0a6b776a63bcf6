package jp.tomoni.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class MenusTests {

	private static Set<String> hrefs(Set<String> authorities) {
		return Set.copyOf(LayoutModelAdvice.Menus.forAuthorities(authorities).stream().map(MenuItem::href).toList());
	}

	@Test
	void visitorsSeeSignUpAndSignIn() {
		assertThat(hrefs(Set.of())).containsExactlyInAnyOrder("/", "/groups", "/events", "/volunteering", "/places",
				"/news", "/stories", "/issues", "/matching", "/projects", "/proposals", "/signup", "/login");
	}

	@Test
	void citizensSeeTheirAccountButNoBackOffice() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).contains("/account/profile", "/account/data")
			.doesNotContain("/backoffice", "/admin/accounts", "/signup");
	}

	@Test
	void signedInPeopleSeeTheirRegistrationsVisitorsDoNot() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).contains("/account/registrations", "/account/talent",
				"/account/matching");
		assertThat(hrefs(Set.of())).doesNotContain("/account/registrations");
	}

	@Test
	void coordinatorsSeeTheBackOfficeButNoAdministration() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_COORDINATOR"))).contains("/backoffice", "/backoffice/groups",
				"/backoffice/groups/import")
			.doesNotContain("/admin/accounts", "/admin/audit");
	}

	@Test
	void reviewersSeeTheBackOfficeButNotTheGroupRegistrations() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_REVIEWER"))).contains("/backoffice")
			.doesNotContain("/backoffice/groups", "/backoffice/groups/unconfirmed", "/backoffice/groups/moderated",
				"/backoffice/groups/import");
	}

	@Test
	void coordinatorsSeeTheGroupLifecycleListsButNotTheMasterData() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_COORDINATOR")))
			.contains("/backoffice/groups/unconfirmed", "/backoffice/groups/moderated")
			.doesNotContain("/admin/group-kinds", "/admin/areas", "/admin/event-categories", "/admin/place-kinds");
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_CITY_STAFF"))).contains("/backoffice/groups/unconfirmed")
			.doesNotContain("/admin/event-categories", "/admin/place-kinds");
	}

	@Test
	void coordinatorsCityStaffAndAdministratorsSeeTheNewsletterAndPageViews() {
		for (String role : new String[] { "ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN" }) {
			assertThat(hrefs(Set.of("ROLE_CITIZEN", role))).as(role)
				.contains("/backoffice/newsletter", "/backoffice/page-views", "/backoffice/consultations",
						"/backoffice/talent", "/backoffice/matching");
		}
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_REVIEWER"))).doesNotContain("/backoffice/newsletter",
				"/backoffice/page-views");
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).doesNotContain("/backoffice/newsletter", "/backoffice/page-views",
				"/backoffice/consultations", "/backoffice/talent");
	}

	@Test
	void administratorsSeeTheMasterData() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_ADMIN"))).contains("/admin/group-kinds", "/admin/areas",
				"/admin/event-categories", "/admin/place-kinds", "/admin/consultation-desks", "/admin/consultation-topics",
				"/admin/talent-skills", "/admin/departments", "/admin/patronage-conditions", "/admin/collaboration-forms",
				"/admin/collaboration-principles", "/admin/collaboration-presets", "/admin/review-criteria",
				"/admin/suitability-items", "/backoffice/groups/unconfirmed",
				"/backoffice/groups/moderated");
	}

	@Test
	void administratorsSeeAdministration() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_ADMIN"))).contains("/backoffice", "/admin/accounts", "/admin/mail",
				"/admin/audit");
	}

	@Test
	void everyoneSeesNewsAndStoriesReportersTheirStoriesAndEditorsTheEditing() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).contains("/news", "/stories")
			.doesNotContain("/account/stories", "/backoffice/news", "/backoffice/stories");
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_REPORTER"))).contains("/account/stories")
			.doesNotContain("/backoffice/news", "/backoffice/stories");
		for (String editor : Set.of("ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN")) {
			assertThat(hrefs(Set.of("ROLE_CITIZEN", editor))).contains("/backoffice/news", "/backoffice/stories")
				.doesNotContain("/account/stories");
		}
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_REVIEWER"))).doesNotContain("/backoffice/news",
				"/backoffice/stories");
	}

	@Test
	void staffSeeThePlacesBackOfficeAndItsImport() {
		for (String role : Set.of("ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN")) {
			assertThat(hrefs(Set.of("ROLE_CITIZEN", role))).contains("/places", "/backoffice/places",
					"/backoffice/places/import");
		}
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_REVIEWER"))).contains("/places")
			.doesNotContain("/backoffice/places", "/backoffice/places/import");
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).contains("/places").doesNotContain("/backoffice/places");
	}

	@Test
	void everyoneSeesVolunteeringResidentsTheirShiftsAndPublishersTheirOpportunities() {
		assertThat(hrefs(Set.of())).contains("/volunteering").doesNotContain("/account/volunteering");
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).contains("/volunteering", "/account/volunteering")
			.doesNotContain("/account/volunteering/opportunities");
		for (String publisher : Set.of("ROLE_GROUP_ADMIN", "ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN")) {
			assertThat(hrefs(Set.of("ROLE_CITIZEN", publisher))).as(publisher)
				.contains("/account/volunteering", "/account/volunteering/opportunities");
		}
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_GROUP_MEMBER"))).doesNotContain("/account/volunteering/opportunities");
	}

	@Test
	void groupAdministratorsApplyForPatronageAndCityStaffDecide() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_GROUP_ADMIN"))).contains("/account/patronage")
			.doesNotContain("/backoffice/patronage");
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).doesNotContain("/account/patronage");
		for (String role : Set.of("ROLE_CITY_STAFF", "ROLE_ADMIN")) {
			assertThat(hrefs(Set.of("ROLE_CITIZEN", role))).as(role).contains("/backoffice/patronage");
		}
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_COORDINATOR"))).doesNotContain("/backoffice/patronage");
	}

	@Test
	void groupAdministratorsPublishEventsAndCoordinatorsReviewThem() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_GROUP_ADMIN"))).contains("/events", "/account/events")
			.doesNotContain("/backoffice/events");
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_COORDINATOR"))).contains("/account/events", "/backoffice/events",
				"/backoffice/events/import");
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_GROUP_MEMBER"))).contains("/events")
			.doesNotContain("/account/events", "/backoffice/events");
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_REVIEWER"))).doesNotContain("/account/events", "/backoffice/events");
	}

	@Test
	void everyoneSeesLocalIssuesSignedInPeopleTheirOwnAndTriageStaffTheQueue() {
		assertThat(hrefs(Set.of())).contains("/issues").doesNotContain("/account/issues", "/backoffice/issues");
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).contains("/issues", "/account/issues")
			.doesNotContain("/backoffice/issues");
		for (String role : Set.of("ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN")) {
			assertThat(hrefs(Set.of("ROLE_CITIZEN", role))).as(role).contains("/backoffice/issues");
		}
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_REVIEWER"))).doesNotContain("/backoffice/issues");
	}

	@Test
	void everyoneSeesTheProjectRegisterAndStaffTheBackOfficeRegister() {
		assertThat(hrefs(Set.of())).contains("/projects").doesNotContain("/backoffice/projects");
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).contains("/projects").doesNotContain("/backoffice/projects");
		for (String role : Set.of("ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN")) {
			assertThat(hrefs(Set.of("ROLE_CITIZEN", role))).as(role).contains("/projects", "/backoffice/projects");
		}
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_REVIEWER"))).doesNotContain("/backoffice/projects");
	}

	@Test
	void everyoneSeesTheCallsGroupAdministratorsTheirProposalsAndStaffTheScheme() {
		assertThat(hrefs(Set.of())).contains("/proposals").doesNotContain("/account/proposals", "/backoffice/proposals");
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).contains("/proposals")
			.doesNotContain("/account/proposals", "/backoffice/proposals");
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_GROUP_ADMIN"))).contains("/account/proposals")
			.doesNotContain("/backoffice/proposals");
		for (String role : Set.of("ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN")) {
			assertThat(hrefs(Set.of("ROLE_CITIZEN", role))).as(role).contains("/backoffice/proposals");
		}
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_REVIEWER"))).doesNotContain("/backoffice/proposals",
				"/admin/review-criteria");
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_CITY_STAFF"))).doesNotContain("/admin/review-criteria",
				"/admin/suitability-items");
	}

	@Test
	void reviewersSeeTheirReviewsAndNobodyElseDoes() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_REVIEWER"))).contains("/review");
		for (String role : Set.of("ROLE_GROUP_ADMIN", "ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN")) {
			assertThat(hrefs(Set.of("ROLE_CITIZEN", role))).as(role).doesNotContain("/review");
		}
		assertThat(hrefs(Set.of())).doesNotContain("/review");
	}
}
