package jp.tomoni.areas;

import java.util.Locale;

import jp.tomoni.shared.JapaneseText;
import jp.tomoni.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the wards and districts (master data): {@code /admin/areas}. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AreaAdminController {

	/** The form to add an area, or to rename one (code, kind and ward are then fixed). */
	record AreaForm(@Nullable String code, @Nullable String name, @Nullable String nameKana, @Nullable String kind,
			@Nullable String parentCode) {

		static AreaForm empty() {
			return new AreaForm("", "", "", "DISTRICT", "");
		}

		static String text(@Nullable String value) {
			return value == null ? "" : value.strip();
		}

		String kana() {
			return JapaneseText.toFurigana(text(nameKana));
		}
	}

	private final AreaAdministration administration;

	private final MessageSource messages;

	AreaAdminController(AreaAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping("/admin/areas")
	String list(Model model) {
		if (!model.containsAttribute("areaForm")) {
			model.addAttribute("areaForm", AreaForm.empty());
		}
		var entries = administration.entries();
		model.addAttribute("entries", entries);
		model.addAttribute("wards", entries.stream().filter(e -> "WARD".equals(e.kind())).toList());
		return "areas/list";
	}

	@PostMapping("/admin/areas")
	String create(@ModelAttribute("areaForm") AreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			administration.create(AreaForm.text(form.code()), AreaForm.text(form.name()), form.kana(),
					AreaForm.text(form.kind()), AreaForm.text(form.parentCode()));
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return list(model);
		}
		redirect.addFlashAttribute("done", "created");
		return "redirect:/admin/areas";
	}

	@GetMapping("/admin/areas/{code}")
	String edit(@PathVariable String code, Model model) {
		var entry = administration.entries()
			.stream()
			.filter(e -> e.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AreaAdministration.AreaNotFound(code));
		if (!model.containsAttribute("areaForm")) {
			model.addAttribute("areaForm", new AreaForm(entry.code(), entry.name(), entry.nameKana(), entry.kind(),
					entry.parentCode()));
		}
		model.addAttribute("entry", entry);
		return "areas/edit";
	}

	@PostMapping("/admin/areas/{code}")
	String rename(@PathVariable String code, @ModelAttribute("areaForm") AreaForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			administration.rename(code, AreaForm.text(form.name()), form.kana());
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return edit(code, model);
		}
		redirect.addFlashAttribute("done", "renamed");
		return "redirect:/admin/areas";
	}

	@PostMapping("/admin/areas/{code}/move")
	String move(@PathVariable String code, @RequestParam(defaultValue = "up") String direction,
			RedirectAttributes redirect) {
		administration.move(code, !"down".equals(direction));
		redirect.addFlashAttribute("done", "moved");
		return "redirect:/admin/areas";
	}

	@PostMapping("/admin/areas/{code}/retire")
	String retire(@PathVariable String code, RedirectAttributes redirect) {
		administration.retire(code, true);
		redirect.addFlashAttribute("done", "retired");
		return "redirect:/admin/areas";
	}

	@PostMapping("/admin/areas/{code}/restore")
	String restore(@PathVariable String code, RedirectAttributes redirect) {
		administration.retire(code, false);
		redirect.addFlashAttribute("done", "restored");
		return "redirect:/admin/areas";
	}

	@PostMapping("/admin/areas/{code}/delete")
	String delete(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
		try {
			administration.delete(code);
			redirect.addFlashAttribute("done", "deleted");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:/admin/areas";
	}
}
