package jp.tomoni.places;

import java.util.Locale;

import jakarta.validation.Valid;
import jp.tomoni.areas.Areas;
import jp.tomoni.shared.SignedInPerson;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff keep the register: {@code /backoffice/places}, add, edit, hide and show places. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class PlaceBackOfficeController {

	private final Places places;

	private final Areas areas;

	PlaceBackOfficeController(Places places, Areas areas) {
		this.places = places;
		this.areas = areas;
	}

	@GetMapping("/backoffice/places")
	String list(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		model.addAttribute("places", places.all(page, 50, locale));
		return "places/backoffice";
	}

	@GetMapping("/backoffice/places/new")
	String create(Model model) {
		model.addAttribute("placeForm", PlaceForm.empty(PlaceImportOptions.DEFAULT_KIND));
		return form(model, null, null);
	}

	@PostMapping("/backoffice/places/new")
	String create(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("placeForm") PlaceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null, null);
		}
		long id;
		try {
			id = places.create(form.toCommand(), person.accountId());
		}
		catch (PlaceRuleViolation violation) {
			violation.rejectIn(result);
			return form(model, null, null);
		}
		redirect.addFlashAttribute("done", "created");
		return "redirect:/places/" + id;
	}

	@GetMapping("/backoffice/places/{id}/edit")
	String edit(@PathVariable long id, Locale locale, Model model) {
		PlaceDetail place = places.detail(id, true, locale);
		model.addAttribute("placeForm", PlaceForm.of(place.values()));
		return form(model, id, place.version());
	}

	@PostMapping("/backoffice/places/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			@RequestParam(defaultValue = "-1") long version, @Valid @ModelAttribute("placeForm") PlaceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, id, version);
		}
		try {
			places.change(id, version, form.toCommand(), person.accountId());
		}
		catch (PlaceRuleViolation violation) {
			violation.rejectIn(result);
			return form(model, id, version);
		}
		redirect.addFlashAttribute("done", "changed");
		return "redirect:/backoffice/places";
	}

	@PostMapping("/backoffice/places/{id}/hide")
	String hide(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
		places.hide(id, true, person.accountId());
		redirect.addFlashAttribute("done", "hidden");
		return "redirect:/backoffice/places";
	}

	@PostMapping("/backoffice/places/{id}/publish")
	String publish(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			RedirectAttributes redirect) {
		places.hide(id, false, person.accountId());
		redirect.addFlashAttribute("done", "published");
		return "redirect:/backoffice/places";
	}

	private String form(Model model, Long id, Long version) {
		model.addAttribute("placeId", id);
		model.addAttribute("version", version);
		model.addAttribute("kinds", places.kinds());
		model.addAttribute("areas", areas.all());
		return "places/form";
	}
}
