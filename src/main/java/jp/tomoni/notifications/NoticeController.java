package jp.tomoni.notifications;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.tomoni.shared.NoticeTopic;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each signed-in person's notices and their choice of mails: their own only. */
@Controller
@PreAuthorize("isAuthenticated()")
class NoticeController {

	private final Notices notices;

	NoticeController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping("/account/notices")
	String list(@AuthenticationPrincipal SignedInPerson person, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("notices", notices.list(person.accountId(), page));
		return "notifications/list";
	}

	/** Opens a notice: marks it read and goes where it links. Someone else's notice is not found. */
	@PostMapping("/account/notices/{id}/open")
	String open(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
		String link = notices.open(person.accountId(), id);
		if (link == null) {
			redirect.addFlashAttribute("refusal", "notice.notFound");
			return "redirect:/account/notices";
		}
		return "redirect:" + link;
	}

	@PostMapping("/account/notices/read")
	String readAll(@AuthenticationPrincipal SignedInPerson person, RedirectAttributes redirect) {
		notices.readAll(person.accountId());
		redirect.addFlashAttribute("done", "notice.allRead");
		return "redirect:/account/notices";
	}

	@GetMapping("/account/notices/mail")
	String mail(@AuthenticationPrincipal SignedInPerson person, Model model) {
		model.addAttribute("topics", NoticeTopic.values());
		model.addAttribute("mailed", notices.mailed(person.accountId()));
		return "notifications/mail";
	}

	@PostMapping("/account/notices/mail")
	String chooseMail(@AuthenticationPrincipal SignedInPerson person,
			@RequestParam(name = "topic", required = false) @Nullable List<NoticeTopic> topics,
			RedirectAttributes redirect) {
		Set<NoticeTopic> mailed = topics == null || topics.isEmpty() ? EnumSet.noneOf(NoticeTopic.class)
				: EnumSet.copyOf(topics);
		notices.chooseMails(person.accountId(), mailed);
		redirect.addFlashAttribute("done", "notice.mailSaved");
		return "redirect:/account/notices/mail";
	}
}
