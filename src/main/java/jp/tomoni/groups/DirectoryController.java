package jp.tomoni.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The public directory and group pages; open to everyone. */
@Controller
@PreAuthorize("permitAll()")
class DirectoryController {

	private static final int PAGE_SIZE = 20;

	private final GroupDirectory directory;

	private final GroupFormSupport support;

	private final JsonMapper json;

	private final GroupLogos logos;

	private final GroupContactRelay contactRelay;

	private final GroupAffiliations affiliations;

	private final org.springframework.beans.factory.ObjectProvider<GroupPageSection> sections;

	/** The 五十音 index of the directory: each row's first kana, the start of a page in 五十音順. */
	private static final List<String> GOJUON = List.of("あ", "か", "さ", "た", "な", "は", "ま", "や", "ら", "わ");

	DirectoryController(GroupDirectory directory, GroupFormSupport support, JsonMapper json, GroupLogos logos,
			GroupContactRelay contactRelay, GroupAffiliations affiliations,
			org.springframework.beans.factory.ObjectProvider<GroupPageSection> sections) {
		this.sections = sections;
		this.directory = directory;
		this.support = support;
		this.json = json;
		this.logos = logos;
		this.contactRelay = contactRelay;
		this.affiliations = affiliations;
	}

	/** The whole page, or only the results for an htmx request (the filters as one changes them). */
	@GetMapping("/groups")
	String directory(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String offer, @RequestParam(required = false) @Nullable String seek,
			@RequestParam(defaultValue = "false") boolean volunteers, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable String after,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		String order = sort == null || !List.of("relevance", "kana", "updated").contains(sort) ? null : sort;
		DirectoryResult result = directory
			.search(new DirectoryQuery(q, kind, field, area, offer, seek, volunteers, order,
					Math.min(Math.max(page, 0), DirectoryQuery.MAX_WINDOW / PAGE_SIZE - 1), PAGE_SIZE,
					true, after == null || after.isBlank() ? null : after));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("field", field);
		model.addAttribute("area", area);
		model.addAttribute("offer", offer);
		model.addAttribute("after", after == null || after.isBlank() ? null : after);
		model.addAttribute("gojuon", GOJUON);
		model.addAttribute("lastReachablePage", DirectoryQuery.MAX_WINDOW / PAGE_SIZE - 1);
		model.addAttribute("seek", seek);
		model.addAttribute("offerKinds", Exchange.OFFERS);
		model.addAttribute("seekKinds", Exchange.SEEKS);
		model.addAttribute("volunteers", volunteers);
		model.addAttribute("sort", order);
		model.addAttribute("result", result);
		support.addChoices(model);
		return htmx != null ? "groups/directory :: results" : "groups/directory";
	}

	@GetMapping("/groups/{id}")
	String page(@PathVariable long id, Model model, Locale locale) {
		GroupProfile profile = directory.profile(id, Viewers.current());
		model.addAttribute("profile", profile);
		model.addAttribute("affiliations", affiliations.publicOf(id));
		support.addChoices(model);
		String logoVersion = logos.version(id).orElse(null);
		model.addAttribute("logoVersion", logoVersion);
		boolean relay = contactRelay.available(id);
		model.addAttribute("contactRelay", relay);
		if (relay) {
			model.addAttribute("form", ContactForm.empty());
		}
		model.addAttribute("jsonLd", jsonLd(profile, logoVersion, locale));
		// Other modules' sections (news and stories naming the group, …), only on the page of a public group.
		model.addAttribute("sections", profile.summary().status() == GroupStatus.APPROVED
				? sections.orderedStream().flatMap(section -> section.forGroup(id, locale).stream()).toList()
				: List.of());
		return "groups/page";
	}

	/** schema.org Organization, with only what the visitor may see; {@code <} escaped so the text cannot end the script. */
	private String jsonLd(GroupProfile profile, @Nullable String logoVersion, Locale locale) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@context", "https://schema.org");
		organization.put("@type", "Organization");
		organization.put("name", profile.summary().name());
		organization.put("alternateName", profile.summary().nameKana());
		organization.put("description", profile.purpose());
		organization.put("url", ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString());
		List<String> sameAs = new java.util.ArrayList<>();
		if (profile.website() != null) {
			sameAs.add(profile.website());
		}
		sameAs.addAll(profile.details().socialLinks());
		if (!sameAs.isEmpty()) {
			organization.put("sameAs", sameAs.size() == 1 ? sameAs.getFirst() : sameAs);
		}
		if (profile.details().foundingDate() != null) {
			organization.put("foundingDate", profile.details().foundingDate());
		}
		if (logoVersion != null) {
			organization.put("logo", ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/groups/{id}/logo")
				.queryParam("v", logoVersion)
				.buildAndExpand(profile.summary().id())
				.toUriString());
		}
		if (profile.corporateNumber() != null) {
			organization.put("identifier", profile.corporateNumber());
		}
		if (profile.contactEmail() != null) {
			organization.put("email", profile.contactEmail());
		}
		if (profile.contactPhone() != null) {
			organization.put("telephone", profile.contactPhone());
		}
		organization.put("inLanguage", locale.getLanguage());
		return json.writeValueAsString(organization).replace("<", "\\u003c");
	}
}
