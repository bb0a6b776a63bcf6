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
		assertThat(hrefs(Set.of())).containsExactlyInAnyOrder("/", "/groups", "/events", "/signup", "/login");
	}

	@Test
	void citizensSeeTheirAccountButNoBackOffice() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).contains("/account/profile", "/account/data")
			.doesNotContain("/backoffice", "/admin/accounts", "/signup");
	}

	@Test
	void signedInPeopleSeeTheirRegistrationsVisitorsDoNot() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN"))).contains("/account/registrations");
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
			.doesNotContain("/admin/group-kinds", "/admin/areas");
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_CITY_STAFF"))).contains("/backoffice/groups/unconfirmed");
	}

	@Test
	void administratorsSeeTheMasterData() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_ADMIN"))).contains("/admin/group-kinds", "/admin/areas",
				"/backoffice/groups/unconfirmed", "/backoffice/groups/moderated");
	}

	@Test
	void administratorsSeeAdministration() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_ADMIN"))).contains("/backoffice", "/admin/accounts", "/admin/mail",
				"/admin/audit");
	}

	@Test
	void groupAdministratorsPublishEventsAndCoordinatorsReviewThem() {
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_GROUP_ADMIN"))).contains("/events", "/account/events")
			.doesNotContain("/backoffice/events");
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_COORDINATOR"))).contains("/account/events", "/backoffice/events");
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_GROUP_MEMBER"))).contains("/events")
			.doesNotContain("/account/events", "/backoffice/events");
		assertThat(hrefs(Set.of("ROLE_CITIZEN", "ROLE_REVIEWER"))).doesNotContain("/account/events", "/backoffice/events");
	}
}
