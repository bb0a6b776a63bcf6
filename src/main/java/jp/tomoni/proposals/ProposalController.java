package jp.tomoni.proposals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * A group's administrator and the proposal scheme: asking for a prior consultation on a call's page, starting a
 * proposal for the group, the draft (saved as typed, submitted when complete), attachments, withdrawal, and the list
 * of the groups' proposals at {@code /account/proposals}.
 */
@Controller
@PreAuthorize("hasRole('GROUP_ADMIN')")
class ProposalController {

	private final Proposals proposals;

	private final SuitabilityItems items;

	private final MessageSource messages;

	ProposalController(Proposals proposals, SuitabilityItems items, MessageSource messages) {
		this.proposals = proposals;
		this.items = items;
		this.messages = messages;
	}

	@PostMapping("/proposals/calls/{id}/consultations")
	String requestConsultation(@PathVariable long id, @Valid @ModelAttribute("requestForm") ConsultationRequestForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				proposals.requestConsultation(id, Actors.signedIn(), form.groupId(), form.topic().strip(),
						form.preferredDates().strip());
				redirect.addFlashAttribute("done", "consultationRequested");
				return "redirect:/proposals/calls/" + id;
			}
			catch (ProposalRuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		redirect.addFlashAttribute("org.springframework.validation.BindingResult.requestForm", result);
		redirect.addFlashAttribute("requestForm", form);
		return "redirect:/proposals/calls/" + id + "#consultation";
	}

	@PostMapping("/proposals/calls/{id}/proposals")
	String draft(@PathVariable long id, @RequestParam(required = false) @Nullable Long groupId,
			RedirectAttributes redirect, Locale locale) {
		try {
			if (groupId == null) {
				throw new ProposalRuleViolation("groupId", "proposal.group.notAdministrator");
			}
			long proposal = proposals.draft(id, Actors.signedIn(), groupId);
			redirect.addFlashAttribute("done", "drafted");
			return "redirect:/account/proposals/" + proposal + "/edit";
		}
		catch (ProposalRuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
			return "redirect:/proposals/calls/" + id;
		}
	}

	@GetMapping("/account/proposals")
	String mine(Model model) {
		model.addAttribute("rows", proposals.mine(Actors.signedIn().accountId()));
		return "proposals/mine";
	}

	@GetMapping("/account/proposals/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("proposal", proposals.view(id, Actors.signedIn(), locale));
		model.addAttribute("office", false);
		return "proposals/proposal";
	}

	@GetMapping("/account/proposals/{id}/edit")
	String edit(@PathVariable long id, Model model, Locale locale) {
		Actor actor = Actors.signedIn();
		if (!model.containsAttribute("proposalForm")) {
			model.addAttribute("proposalForm", proposals.form(id, actor));
		}
		return form(id, actor, model, locale);
	}

	/** Saves the draft as typed; with {@code action=submit}, then submits it, refusing all that is missing at once. */
	@PostMapping("/account/proposals/{id}/edit")
	String save(@PathVariable long id, @Valid @ModelAttribute("proposalForm") ProposalForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, Locale locale,
			RedirectAttributes redirect) {
		Actor actor = Actors.signedIn();
		proposals.form(id, actor);
		if (result.hasErrors()) {
			return form(id, actor, model, locale);
		}
		try {
			proposals.save(id, actor, form);
		}
		catch (ProposalRuleViolation violation) {
			violation.rejectIn(result);
			return form(id, actor, model, locale);
		}
		if (!"submit".equals(action)) {
			redirect.addFlashAttribute("done", "saved");
			return "redirect:/account/proposals/" + id + "/edit";
		}
		try {
			proposals.submit(id, actor);
		}
		catch (Proposal.Incomplete incomplete) {
			incomplete.problems().forEach(problem -> problem.rejectIn(result));
			model.addAttribute("savedButIncomplete", true);
			return form(id, actor, model, locale);
		}
		catch (ProposalRuleViolation violation) {
			violation.rejectIn(result);
			return form(id, actor, model, locale);
		}
		redirect.addFlashAttribute("done", "submitted");
		return "redirect:/account/proposals/" + id;
	}

	@PostMapping("/account/proposals/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam(name = "attachment", required = false) @Nullable MultipartFile file,
			Locale locale, RedirectAttributes redirect) throws IOException {
		Actor actor = Actors.signedIn();
		try {
			if (file == null || file.isEmpty()) {
				throw new ProposalRuleViolation("attachment", "proposal.attachment.empty");
			}
			// Refused before the bytes are read into memory.
			Proposals.checkSize(file.getSize());
			proposals.attach(id, actor, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
					file.getBytes());
			redirect.addFlashAttribute("done", "attached");
		}
		catch (ProposalRuleViolation violation) {
			redirect.addFlashAttribute("attachmentError",
					messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:/account/proposals/" + id + "/edit#attachments";
	}

	@PostMapping("/account/proposals/{id}/attachments/{attachmentId}/delete")
	String detach(@PathVariable long id, @PathVariable long attachmentId, Locale locale, RedirectAttributes redirect) {
		try {
			proposals.detach(id, Actors.signedIn(), attachmentId);
			redirect.addFlashAttribute("done", "detached");
		}
		catch (ProposalRuleViolation violation) {
			redirect.addFlashAttribute("attachmentError",
					messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:/account/proposals/" + id + "/edit#attachments";
	}

	/** A co-proposing group's administrator consents to the draft naming the group (decision 0074). */
	@PostMapping("/account/proposals/{id}/consent")
	String consent(@PathVariable long id, @RequestParam long groupId, Locale locale, RedirectAttributes redirect) {
		try {
			proposals.consent(id, Actors.signedIn(), groupId);
			redirect.addFlashAttribute("done", "consented");
		}
		catch (ProposalRuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:/account/proposals/" + id + "#consents";
	}

	@PostMapping("/account/proposals/{id}/withdraw")
	String withdraw(@PathVariable long id, Locale locale, RedirectAttributes redirect) {
		try {
			proposals.withdraw(id, Actors.signedIn());
			redirect.addFlashAttribute("done", "withdrawn");
		}
		catch (ProposalRuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:/account/proposals/" + id;
	}

	/**
	 * Attachments for whoever may read the proposal: the proposer's and co-proposers' administrators, staff, and the
	 * call's reviewers once it has closed.
	 */
	@GetMapping("/account/proposals/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAnyRole('GROUP_ADMIN','COORDINATOR','CITY_STAFF','ADMIN','REVIEWER')")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
		ProposalAttachment attachment = proposals.attachment(id, attachmentId, Actors.signedIn());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(attachment.content());
	}

	private String form(long id, Actor actor, Model model, Locale locale) {
		Proposals.ProposalView view = proposals.view(id, actor, locale);
		model.addAttribute("proposal", view);
		model.addAttribute("asked", items.of(proposals.asked(id, actor), locale));
		model.addAttribute("partnerGroups", proposals.partnerCandidates(view.groupId()));
		model.addAttribute("maxAttachments", Proposals.MAX_ATTACHMENTS);
		model.addAttribute("maxMegabytes", Proposals.ATTACHMENT.maxMegabytes());
		return "proposals/proposal-form";
	}
}
