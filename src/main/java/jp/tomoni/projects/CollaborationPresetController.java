package jp.tomoni.projects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators load a seed municipality's vocabulary (forms and principles) into the lists: what is missing only. */
@Controller
@RequestMapping("/admin/collaboration-presets")
@PreAuthorize("hasRole('ADMIN')")
class CollaborationPresetController {

	private final CollaborationVocabulary vocabulary;

	CollaborationPresetController(CollaborationVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@GetMapping
	String presets(Model model) {
		model.addAttribute("presets", vocabulary.presets());
		model.addAttribute("formCodes",
				vocabulary.forms().stream().map(CollaborationFormView::code).collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("principleCodes", vocabulary.principles()
			.stream()
			.map(CollaborationPrincipleView::code)
			.collect(java.util.stream.Collectors.toSet()));
		return "projects/presets";
	}

	@PostMapping("/{code}")
	String load(@PathVariable String code, RedirectAttributes redirect) {
		CollaborationVocabulary.PresetLoaded loaded = vocabulary.loadPreset(code);
		redirect.addFlashAttribute("loaded", loaded);
		return "redirect:/admin/collaboration-presets";
	}
}
