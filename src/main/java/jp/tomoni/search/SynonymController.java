package jp.tomoni.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators extend the synonym dictionary of the search. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SynonymController {

	private final SynonymDictionary dictionary;

	SynonymController(SynonymDictionary dictionary) {
		this.dictionary = dictionary;
	}

	@GetMapping("/admin/synonyms")
	String list(Model model) {
		model.addAttribute("groups", dictionary.groups());
		model.addAttribute("maxLength", SynonymDictionary.MAX_TERMS_LENGTH);
		if (!model.containsAttribute("terms")) {
			model.addAttribute("terms", "");
		}
		return "search/synonyms";
	}

	@PostMapping("/admin/synonyms")
	String add(@RequestParam(defaultValue = "") String terms, Model model, RedirectAttributes redirect) {
		try {
			dictionary.add(terms);
		}
		catch (IllegalArgumentException refused) {
			model.addAttribute("error", refused.getMessage());
			model.addAttribute("terms", terms);
			return list(model);
		}
		redirect.addFlashAttribute("added", true);
		return "redirect:/admin/synonyms";
	}

	@PostMapping("/admin/synonyms/{id}/delete")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("removed", dictionary.remove(id));
		return "redirect:/admin/synonyms";
	}
}
