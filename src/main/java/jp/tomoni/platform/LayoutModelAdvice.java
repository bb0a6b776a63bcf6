package jp.tomoni.platform;

import java.beans.PropertyEditorSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.municipality.MunicipalityView;
import jp.tomoni.shared.JapaneseText;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs (the menu of the signed-in person's roles, their name, the municipality), and
 * the NFKC normalisation of every text field before it is validated.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final Municipalities municipalities;

	LayoutModelAdvice(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	@InitBinder
	void normaliseText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(@Nullable String text) {
				setValue(text == null ? null : JapaneseText.normalize(text));
			}
		});
	}

	@ModelAttribute("municipality")
	MunicipalityView municipality() {
		return municipalities.current();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("signedIn")
	@Nullable SignedInPerson signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person ? person : null;
	}

	@ModelAttribute("menu")
	List<MenuItem> menu() {
		return Menus.forAuthorities(authorities());
	}

	private static Set<String> authorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson)) {
			return Set.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The menu each role sees. */
	static final class Menus {

		private Menus() {
		}

		static List<MenuItem> forAuthorities(Set<String> authorities) {
			List<MenuItem> items = new ArrayList<>();
			items.add(new MenuItem("nav.home", "/"));
			items.add(new MenuItem("nav.groups", "/groups"));
			items.add(new MenuItem("nav.events", "/events"));
			items.add(new MenuItem("nav.volunteering", "/volunteering"));
			items.add(new MenuItem("nav.places", "/places"));
			items.add(new MenuItem("nav.news", "/news"));
			items.add(new MenuItem("nav.stories", "/stories"));
			items.add(new MenuItem("nav.matching", "/matching"));
			items.add(new MenuItem("nav.issues", "/issues"));
			items.add(new MenuItem("nav.projects", "/projects"));
			items.add(new MenuItem("nav.proposals", "/proposals"));
			if (authorities.isEmpty()) {
				items.add(new MenuItem("nav.signUp", "/signup"));
				items.add(new MenuItem("nav.signIn", "/login"));
				return items;
			}
			items.add(new MenuItem("nav.profile", "/account/profile"));
			items.add(new MenuItem("nav.myData", "/account/data"));
			items.add(new MenuItem("nav.myGroups", "/account/groups"));
			if (authorities.contains("ROLE_REPORTER")) {
				items.add(new MenuItem("nav.myStories", "/account/stories"));
			}
			if (authorities.stream()
				.anyMatch(Set.of("ROLE_GROUP_ADMIN", "ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN")::contains)) {
				items.add(new MenuItem("nav.myEvents", "/account/events"));
				items.add(new MenuItem("nav.volunteering.managed", "/account/volunteering/opportunities"));
			}
			if (authorities.contains("ROLE_GROUP_ADMIN")) {
				items.add(new MenuItem("nav.myPatronage", "/account/patronage"));
			}
			items.add(new MenuItem("nav.registrations", "/account/registrations"));
			items.add(new MenuItem("nav.myTalent", "/account/talent"));
			items.add(new MenuItem("nav.myMatching", "/account/matching"));
			items.add(new MenuItem("nav.myIssues", "/account/issues"));
			if (authorities.contains("ROLE_GROUP_ADMIN")) {
				items.add(new MenuItem("nav.myProposals", "/account/proposals"));
			}
			if (authorities.contains("ROLE_REVIEWER")) {
				items.add(new MenuItem("nav.review", "/review"));
			}
			items.add(new MenuItem("nav.volunteering.mine", "/account/volunteering"));
			if (authorities.stream().anyMatch(a -> Set.of(SecurityConfiguration.STAFF).contains(a.replace("ROLE_", "")))) {
				items.add(new MenuItem("nav.backOffice", "/backoffice"));
			}
			if (authorities.stream().anyMatch(Set.of("ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN")::contains)) {
				items.add(new MenuItem("nav.groupReview", "/backoffice/groups"));
				items.add(new MenuItem("nav.groupsUnconfirmed", "/backoffice/groups/unconfirmed"));
				items.add(new MenuItem("nav.groupsModerated", "/backoffice/groups/moderated"));
				items.add(new MenuItem("nav.groupsWithoutAdministrator", "/backoffice/groups/without-administrator"));
				items.add(new MenuItem("nav.groupImport", "/backoffice/groups/import"));
				items.add(new MenuItem("nav.eventReview", "/backoffice/events"));
				items.add(new MenuItem("nav.eventImport", "/backoffice/events/import"));
				items.add(new MenuItem("nav.newsEditing", "/backoffice/news"));
				items.add(new MenuItem("nav.storyReview", "/backoffice/stories"));
				items.add(new MenuItem("nav.newsletter", "/backoffice/newsletter"));
				items.add(new MenuItem("nav.pageViews", "/backoffice/page-views"));
				items.add(new MenuItem("nav.consultations", "/backoffice/consultations"));
				items.add(new MenuItem("nav.talentBank", "/backoffice/talent"));
				items.add(new MenuItem("nav.matchingBackOffice", "/backoffice/matching"));
				items.add(new MenuItem("nav.issuesBackOffice", "/backoffice/issues"));
				if (authorities.stream().anyMatch(Set.of("ROLE_CITY_STAFF", "ROLE_ADMIN")::contains)) {
					items.add(new MenuItem("nav.patronageReview", "/backoffice/patronage"));
				}
				items.add(new MenuItem("nav.projectsBackOffice", "/backoffice/projects"));
				items.add(new MenuItem("nav.proposalsBackOffice", "/backoffice/proposals"));
				items.add(new MenuItem("nav.placesBackOffice", "/backoffice/places"));
				items.add(new MenuItem("nav.placeImport", "/backoffice/places/import"));
			}
			if (authorities.contains("ROLE_ADMIN")) {
				items.add(new MenuItem("nav.admin.accounts", "/admin/accounts"));
				items.add(new MenuItem("nav.admin.mail", "/admin/mail"));
				items.add(new MenuItem("nav.admin.audit", "/admin/audit"));
				items.add(new MenuItem("nav.admin.synonyms", "/admin/synonyms"));
				items.add(new MenuItem("nav.admin.groupKinds", "/admin/group-kinds"));
				items.add(new MenuItem("nav.admin.areas", "/admin/areas"));
				items.add(new MenuItem("nav.admin.eventCategories", "/admin/event-categories"));
				items.add(new MenuItem("nav.admin.placeKinds", "/admin/place-kinds"));
				items.add(new MenuItem("nav.admin.talentSkills", "/admin/talent-skills"));
				items.add(new MenuItem("nav.admin.consultationDesks", "/admin/consultation-desks"));
				items.add(new MenuItem("nav.admin.consultationTopics", "/admin/consultation-topics"));
				items.add(new MenuItem("nav.admin.departments", "/admin/departments"));
				items.add(new MenuItem("nav.admin.patronageConditions", "/admin/patronage-conditions"));
				items.add(new MenuItem("nav.admin.collaborationForms", "/admin/collaboration-forms"));
				items.add(new MenuItem("nav.admin.collaborationPrinciples", "/admin/collaboration-principles"));
				items.add(new MenuItem("nav.admin.collaborationPresets", "/admin/collaboration-presets"));
				items.add(new MenuItem("nav.admin.reviewCriteria", "/admin/review-criteria"));
				items.add(new MenuItem("nav.admin.suitabilityItems", "/admin/suitability-items"));
			}
			return items;
		}
	}
}
