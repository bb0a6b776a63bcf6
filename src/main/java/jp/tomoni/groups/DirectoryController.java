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

	private final GroupAffiliations affiliations;

	DirectoryController(GroupDirectory directory, GroupFormSupport support, JsonMapper json,
			GroupAffiliations affiliations) {
		this.directory = directory;
		this.support = support;
		this.json = json;
		this.affiliations = affiliations;
	}

	/** The whole page, or only the results for an htmx request (the filters as one changes them). */
	@GetMapping("/groups")
	String directory(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String area,
			@RequestParam(defaultValue = "false") boolean volunteers, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		String order = sort == null || !List.of("relevance", "kana", "updated").contains(sort) ? null : sort;
		DirectoryResult result = directory
			.search(new DirectoryQuery(q, kind, field, area, volunteers, order, Math.max(page, 0), PAGE_SIZE, true));
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("field", field);
		model.addAttribute("area", area);
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
		model.addAttribute("jsonLd", jsonLd(profile, locale));
		return "groups/page";
	}

	/** schema.org Organization, with only what the visitor may see; {@code <} escaped so the text cannot end the script. */
	private String jsonLd(GroupProfile profile, Locale locale) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@context", "https://schema.org");
		organization.put("@type", "Organization");
		organization.put("name", profile.summary().name());
		organization.put("alternateName", profile.summary().nameKana());
		organization.put("description", profile.purpose());
		organization.put("url", ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).toUriString());
		if (profile.website() != null) {
			organization.put("sameAs", profile.website());
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
