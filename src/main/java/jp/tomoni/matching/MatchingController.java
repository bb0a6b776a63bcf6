package jp.tomoni.matching;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Needs and offers on the site: the public list and post pages (anyone); posting, closing, showing interest and an
 * interest's page (signed-in people, each only for what is theirs); the person's own posts and interests; and the
 * coordinators' list of interests to mediate, where they record introductions.
 */
@Controller
class MatchingController {

	private static final Set<String> STAFF = Set.of("ROLE_COORDINATOR", "ROLE_CITY_STAFF", "ROLE_ADMIN");

	private final Matching matching;

	MatchingController(Matching matching) {
		this.matching = matching;
	}

	static @Nullable Actor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof SignedInPerson person)) {
			return null;
		}
		boolean staff = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.anyMatch(STAFF::contains);
		return new Actor(person.accountId(), person.displayName(), staff);
	}

	private static Actor signedIn() {
		Actor actor = actor();
		if (actor == null) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
		}
		return actor;
	}

	/** Not found and not yours become 404 and 403 on pages that are read. */
	private static ResponseStatusException status(MatchingRuleViolation violation) {
		return new ResponseStatusException(violation.code().endsWith("notFound") ? HttpStatus.NOT_FOUND
				: HttpStatus.FORBIDDEN);
	}

	@GetMapping("/matching")
	@PreAuthorize("permitAll()")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable PostSide side,
			@RequestParam(required = false) @Nullable String field,
			@RequestParam(required = false) @Nullable String area, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("side", side);
		model.addAttribute("field", field);
		model.addAttribute("area", area);
		model.addAttribute("sides", PostSide.values());
		model.addAttribute("fields", ActivityField.ALL);
		model.addAttribute("areas", matching.allAreas());
		model.addAttribute("result", matching.list(q, side, field, area, page, locale));
		return "matching/list";
	}

	@GetMapping("/matching/posts/{id}")
	@PreAuthorize("permitAll()")
	String post(@PathVariable long id, Locale locale, Model model) {
		try {
			model.addAttribute("post", matching.view(id, locale));
			Actor actor = actor();
			boolean manages = actor != null && matching.mayManage(actor, id);
			model.addAttribute("manages", manages);
			model.addAttribute("suggestions", manages ? matching.suggestions(actor, id, locale) : java.util.List.of());
			model.addAttribute("ways", actor == null ? java.util.List.of() : matching.waysToAnswer(actor, id));
			return "matching/post";
		}
		catch (MatchingRuleViolation violation) {
			throw status(violation);
		}
	}

	@GetMapping("/matching/posts/new")
	@PreAuthorize("isAuthenticated()")
	String create(@RequestParam(defaultValue = "NEED") PostSide side, Locale locale, Model model) {
		model.addAttribute("postForm", PostForm.empty(side));
		return form(locale, model);
	}

	@PostMapping("/matching/posts/new")
	@PreAuthorize("isAuthenticated()")
	String create(@Valid @ModelAttribute("postForm") PostForm form, BindingResult result, Locale locale, Model model,
			RedirectAttributes redirect) {
		form.checkIn(result);
		if (!result.hasErrors()) {
			try {
				long id = matching.post(signedIn(), form.toCommand());
				redirect.addFlashAttribute("done", "matching.posted");
				return "redirect:/matching/posts/" + id;
			}
			catch (MatchingRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return form(locale, model);
	}

	private String form(Locale locale, Model model) {
		Actor actor = signedIn();
		model.addAttribute("sides", PostSide.values());
		model.addAttribute("kinds", PostKind.values());
		Suggestions.Names names = matching.names(locale);
		model.addAttribute("skills", names.skills());
		model.addAttribute("fieldOptions", names.fields());
		model.addAttribute("areaOptions", names.areas());
		model.addAttribute("groups", matching.administeredGroups(actor.accountId()));
		model.addAttribute("staff", actor.staff());
		return "matching/form";
	}

	@PostMapping("/matching/posts/{id}/close")
	@PreAuthorize("isAuthenticated()")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		try {
			matching.close(signedIn(), id);
			redirect.addFlashAttribute("done", "matching.closedDone");
		}
		catch (MatchingRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
		}
		return "redirect:/matching/posts/" + id;
	}

	/** The post's side presses 関心あり on one of its suggestions. */
	@PostMapping("/matching/posts/{id}/interest")
	@PreAuthorize("isAuthenticated()")
	String interest(@PathVariable long id, @RequestParam CounterpartType type, @RequestParam long target,
			RedirectAttributes redirect) {
		try {
			long interestId = matching.interestFromPost(signedIn(), id, type, target);
			redirect.addFlashAttribute("done", "matching.interest.sent");
			return "redirect:/matching/interests/" + interestId;
		}
		catch (MatchingRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
			return "redirect:/matching/posts/" + id;
		}
	}

	/** Someone on the other side presses 関心あり on a post, as their talent entry, a group or a post of theirs. */
	@PostMapping("/matching/posts/{id}/answer")
	@PreAuthorize("isAuthenticated()")
	String answerPost(@PathVariable long id, @RequestParam CounterpartType type, @RequestParam long as,
			RedirectAttributes redirect) {
		try {
			long interestId = matching.interestFromCounterpart(signedIn(), id, type, as);
			redirect.addFlashAttribute("done", "matching.interest.sent");
			return "redirect:/matching/interests/" + interestId;
		}
		catch (MatchingRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
			return "redirect:/matching/posts/" + id;
		}
	}

	@GetMapping("/matching/interests/{id}")
	@PreAuthorize("isAuthenticated()")
	String interestPage(@PathVariable long id, Locale locale, Model model) {
		try {
			Actor actor = signedIn();
			model.addAttribute("interest", matching.interestView(actor, id, locale));
			model.addAttribute("staff", actor.staff());
			return "matching/interest";
		}
		catch (MatchingRuleViolation violation) {
			throw status(violation);
		}
	}

	@PostMapping("/matching/interests/{id}/interest")
	@PreAuthorize("isAuthenticated()")
	String answer(@PathVariable long id, RedirectAttributes redirect) {
		try {
			matching.answer(signedIn(), id);
			redirect.addFlashAttribute("done", "matching.interest.answered");
		}
		catch (MatchingRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
		}
		return "redirect:/matching/interests/" + id;
	}

	@PostMapping("/matching/interests/{id}/coordinator")
	@PreAuthorize("isAuthenticated()")
	String askCoordinator(@PathVariable long id, RedirectAttributes redirect) {
		try {
			matching.askCoordinator(signedIn(), id);
			redirect.addFlashAttribute("done", "matching.coordinator.asked");
		}
		catch (MatchingRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
		}
		return "redirect:/matching/interests/" + id;
	}

	@GetMapping("/account/matching")
	@PreAuthorize("isAuthenticated()")
	String mine(Locale locale, Model model) {
		Actor actor = signedIn();
		model.addAttribute("posts", matching.postsOf(actor.accountId(), locale));
		model.addAttribute("interests", matching.interestsOf(actor, locale));
		return "matching/mine";
	}

	@GetMapping("/backoffice/matching")
	@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
	String coordinators(@RequestParam(defaultValue = "false") boolean introduced, Locale locale, Model model) {
		model.addAttribute("introduced", introduced);
		model.addAttribute("interests", matching.forCoordinators(signedIn(), introduced, locale));
		return "matching/backoffice";
	}

	@PostMapping("/backoffice/matching/interests/{id}/introduce")
	@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
	String introduce(@PathVariable long id, @RequestParam(required = false) @Nullable String note,
			RedirectAttributes redirect) {
		try {
			matching.introduce(signedIn(), id, note == null || note.isBlank() ? null : note.trim());
			redirect.addFlashAttribute("done", "matching.introduction.recorded");
		}
		catch (MatchingRuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
		}
		return "redirect:/matching/interests/" + id;
	}
}
