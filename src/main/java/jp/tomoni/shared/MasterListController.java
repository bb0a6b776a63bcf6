package jp.tomoni.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of a {@link MasterList}: list, add, rename, reorder, retire and bring back. A module
 * subclasses it with {@code @Controller}, its address ({@code @RequestMapping}) and its roles ({@code @PreAuthorize});
 * its messages are {@code <prefix>.title}, {@code <prefix>.lead} and {@code <prefix>.uses}.
 */
public abstract class MasterListController {

	/** The form to add an entry, or to rename one (the code is then fixed). */
	public record EntryForm(@Nullable String code, @Nullable String name, @Nullable String nameEn) {

		static String text(@Nullable String value) {
			return value == null ? "" : value.strip();
		}
	}

	private final MasterList list;

	private final String base;

	private final String prefix;

	private final MessageSource messages;

	/**
	 * @param base the address of the list, as mapped ({@code /admin/event-categories})
	 * @param prefix the prefix of the list's own messages ({@code eventCategory})
	 */
	protected MasterListController(MasterList list, String base, String prefix, MessageSource messages) {
		this.list = list;
		this.base = base;
		this.prefix = prefix;
		this.messages = messages;
	}

	@GetMapping
	public String list(Model model) {
		if (!model.containsAttribute("entryForm")) {
			model.addAttribute("entryForm", new EntryForm("", "", ""));
		}
		model.addAttribute("entries", list.entries());
		model.addAttribute("base", base);
		model.addAttribute("prefix", prefix);
		return "fragments/master-list";
	}

	@PostMapping
	public String add(@ModelAttribute("entryForm") EntryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			list.add(EntryForm.text(form.code()), EntryForm.text(form.name()), EntryForm.text(form.nameEn()));
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return list(model);
		}
		redirect.addFlashAttribute("done", "created");
		return "redirect:" + base;
	}

	@GetMapping("/{code}")
	public String edit(@PathVariable String code, Model model) {
		MasterEntry entry = entry(code);
		if (!model.containsAttribute("entryForm")) {
			model.addAttribute("entryForm", new EntryForm(entry.code(), entry.name(), entry.nameEn()));
		}
		model.addAttribute("entry", entry);
		model.addAttribute("base", base);
		model.addAttribute("prefix", prefix);
		return "fragments/master-entry";
	}

	@PostMapping("/{code}")
	public String rename(@PathVariable String code, @ModelAttribute("entryForm") EntryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		entry(code);
		try {
			list.rename(code, EntryForm.text(form.name()), EntryForm.text(form.nameEn()));
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return edit(code, model);
		}
		redirect.addFlashAttribute("done", "renamed");
		return "redirect:" + base;
	}

	@PostMapping("/{code}/move")
	public String move(@PathVariable String code, @RequestParam(defaultValue = "up") String direction,
			RedirectAttributes redirect) {
		entry(code);
		list.move(code, !"down".equals(direction));
		redirect.addFlashAttribute("done", "moved");
		return "redirect:" + base;
	}

	@PostMapping("/{code}/retire")
	public String retire(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
		return retire(code, true, redirect, locale);
	}

	@PostMapping("/{code}/restore")
	public String restore(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
		return retire(code, false, redirect, locale);
	}

	private String retire(String code, boolean retired, RedirectAttributes redirect, Locale locale) {
		entry(code);
		try {
			list.retire(code, retired);
			redirect.addFlashAttribute("done", retired ? "retired" : "restored");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:" + base;
	}

	private MasterEntry entry(String code) {
		return list.entries()
			.stream()
			.filter(e -> e.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new MasterList.EntryNotFound(code));
	}
}
