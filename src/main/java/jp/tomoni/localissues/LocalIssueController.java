package jp.tomoni.localissues;

import java.io.IOException;
import java.util.Locale;

import jakarta.validation.Valid;
import jp.tomoni.shared.SafeImages;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Local issues as residents and groups see them: the public list and pages (accepted issues and their calls), posting
 * an issue, the poster's own list, the photo (only for those who may see the issue), and proposals by a group's
 * administrator while a call is open.
 */
@Controller
class LocalIssueController {

	private final LocalIssues issues;

	private final MessageSource messages;

	LocalIssueController(LocalIssues issues, MessageSource messages) {
		this.issues = issues;
		this.messages = messages;
	}

	@GetMapping("/issues")
	@PreAuthorize("permitAll()")
	String list(@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable IssueStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("area", area);
		model.addAttribute("status", status);
		model.addAttribute("areas", issues.areas());
		model.addAttribute("statuses", LocalIssues.PUBLIC);
		model.addAttribute("rows", issues.publicList(area, status, page));
		return "localissues/list";
	}

	@GetMapping("/issues/{id}")
	@PreAuthorize("permitAll()")
	String show(@PathVariable long id, Model model) {
		return detail(id, model);
	}

	@GetMapping("/issues/{id}/photo")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		IssuePhoto photo = issues.photo(id, Actors.current());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.contentType()))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.image());
	}

	@GetMapping("/account/issues")
	@PreAuthorize("isAuthenticated()")
	String mine(Model model) {
		model.addAttribute("rows", issues.postedBy(Actors.signedIn().accountId()));
		return "localissues/mine";
	}

	@GetMapping("/account/issues/new")
	@PreAuthorize("isAuthenticated()")
	String create(Model model) {
		model.addAttribute("issueForm", IssueForm.empty());
		return form(model);
	}

	@PostMapping("/account/issues/new")
	@PreAuthorize("isAuthenticated()")
	String create(@Valid @ModelAttribute("issueForm") IssueForm form, BindingResult result,
			@RequestParam(name = "photo", required = false) @Nullable MultipartFile photo, Locale locale, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] bytes = null;
		try {
			if (photo != null && !photo.isEmpty()) {
				// Refused before the bytes are read into memory, let alone decoded.
				SafeImages.checkSize(photo.getSize(), LocalIssues.PHOTO);
				bytes = photo.getBytes();
			}
		}
		catch (SafeImages.Refused refused) {
			photoError(LocalIssues.refusal(refused), locale, model);
		}
		if (result.hasErrors() || model.containsAttribute("photoError")) {
			return form(model);
		}
		long id;
		try {
			id = issues.post(Actors.signedIn(), form.toCommand(), bytes);
		}
		catch (LocalIssueRuleViolation violation) {
			if ("photo".equals(violation.field())) {
				photoError(violation, locale, model);
			}
			else {
				violation.rejectIn(result);
			}
			return form(model);
		}
		redirect.addFlashAttribute("done", "posted");
		return "redirect:/issues/" + id;
	}

	@PostMapping("/issues/{id}/proposals")
	@PreAuthorize("hasRole('GROUP_ADMIN')")
	String propose(@PathVariable long id, @Valid @ModelAttribute("proposalForm") ProposalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				issues.propose(id, Actors.signedIn(), form.groupId(), form.summary().strip());
				redirect.addFlashAttribute("done", "proposed");
				return "redirect:/issues/" + id;
			}
			catch (LocalIssueRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return detail(id, model);
	}

	private String detail(long id, Model model) {
		Actor viewer = Actors.current();
		LocalIssues.Detail detail = issues.detail(id, viewer);
		model.addAttribute("issue", detail);
		boolean canPropose = viewer != null && viewer.groupAdministrator()
				&& detail.status() == IssueStatus.CALL_OPEN;
		model.addAttribute("proposingGroups",
				canPropose ? issues.proposingGroups(viewer.accountId()) : java.util.List.of());
		if (!model.containsAttribute("proposalForm")) {
			model.addAttribute("proposalForm", ProposalForm.empty());
		}
		return "localissues/detail";
	}

	private void photoError(jp.tomoni.shared.RuleViolation violation, Locale locale, Model model) {
		model.addAttribute("photoError", messages.getMessage(violation.code(), violation.arguments(), locale));
	}

	private String form(Model model) {
		model.addAttribute("areas", issues.areas());
		model.addAttribute("maxMegabytes", LocalIssues.PHOTO.maxMegabytes());
		return "localissues/form";
	}
}
