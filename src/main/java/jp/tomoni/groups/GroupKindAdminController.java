package jp.tomoni.groups;

import java.util.Locale;

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

/** Administrators keep the kinds of group (master data): {@code /admin/group-kinds}. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class GroupKindAdminController {

	/** The form to add a kind, or to rename one (code and category are then fixed). */
	record KindForm(@Nullable String code, @Nullable String category, @Nullable String name, @Nullable String nameEn) {

		static KindForm empty() {
			return new KindForm("", "PURPOSE", "", "");
		}

		String text(@Nullable String value) {
			return value == null ? "" : value.strip();
		}
	}

	private final GroupKindAdministration administration;

	private final MessageSource messages;

	GroupKindAdminController(GroupKindAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping("/admin/group-kinds")
	String list(Model model) {
		if (!model.containsAttribute("kindForm")) {
			model.addAttribute("kindForm", KindForm.empty());
		}
		model.addAttribute("entries", administration.entries());
		model.addAttribute("categories", GroupKindAdministration.CATEGORIES.stream().sorted().toList());
		return "groups/kinds";
	}

	@PostMapping("/admin/group-kinds")
	String create(@ModelAttribute("kindForm") KindForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			administration.create(form.text(form.code()), form.text(form.category()), form.text(form.name()),
					form.text(form.nameEn()));
		}
		catch (GroupRuleViolation violation) {
			violation.rejectIn(result);
			return list(model);
		}
		redirect.addFlashAttribute("done", "created");
		return "redirect:/admin/group-kinds";
	}

	@GetMapping("/admin/group-kinds/{code}")
	String edit(@PathVariable String code, Model model) {
		var entry = administration.entries()
			.stream()
			.filter(e -> e.code().equals(code) && !e.preset())
			.findFirst()
			.orElseThrow(() -> new GroupKindAdministration.GroupKindNotFound(code));
		if (!model.containsAttribute("kindForm")) {
			model.addAttribute("kindForm", new KindForm(entry.code(), entry.category(), entry.name(), entry.nameEn()));
		}
		model.addAttribute("entry", entry);
		return "groups/kind";
	}

	@PostMapping("/admin/group-kinds/{code}")
	String rename(@PathVariable String code, @ModelAttribute("kindForm") KindForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			administration.rename(code, form.text(form.name()), form.text(form.nameEn()));
		}
		catch (GroupRuleViolation violation) {
			if ("groupKind.preset.readOnly".equals(violation.code())) {
				// A preset has no rename page: the refusal is shown on the list.
				redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), null, locale));
				return "redirect:/admin/group-kinds";
			}
			violation.rejectIn(result);
			return edit(code, model);
		}
		redirect.addFlashAttribute("done", "renamed");
		return "redirect:/admin/group-kinds";
	}

	@PostMapping("/admin/group-kinds/{code}/move")
	String move(@PathVariable String code, @RequestParam(defaultValue = "up") String direction,
			RedirectAttributes redirect) {
		administration.move(code, !"down".equals(direction));
		redirect.addFlashAttribute("done", "moved");
		return "redirect:/admin/group-kinds";
	}

	@PostMapping("/admin/group-kinds/{code}/retire")
	String retire(@PathVariable String code, RedirectAttributes redirect) {
		administration.retire(code, true);
		redirect.addFlashAttribute("done", "retired");
		return "redirect:/admin/group-kinds";
	}

	@PostMapping("/admin/group-kinds/{code}/restore")
	String restore(@PathVariable String code, RedirectAttributes redirect) {
		administration.retire(code, false);
		redirect.addFlashAttribute("done", "restored");
		return "redirect:/admin/group-kinds";
	}

	@PostMapping("/admin/group-kinds/{code}/delete")
	String delete(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
		try {
			administration.delete(code);
			redirect.addFlashAttribute("done", "deleted");
		}
		catch (GroupRuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:/admin/group-kinds";
	}
}
