package jp.tomoni.search;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of the search box that every page carries: every kind's best hits, or a page of one kind. */
@Controller
@PreAuthorize("permitAll()")
class SiteSearchController {

	static final int PAGE_SIZE = 20;

	private final SiteSearch search;

	SiteSearchController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable String type,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("types", search.types());
		if (!q.isBlank()) {
			try {
				model.addAttribute("result", search.search(q, type, Math.max(page, 0), PAGE_SIZE));
			}
			catch (SearchRuleViolation refused) {
				model.addAttribute("refused", refused);
			}
		}
		return "search/site";
	}
}
