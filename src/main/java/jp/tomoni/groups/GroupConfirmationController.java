package jp.tomoni.groups;

import java.time.Clock;

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

/**
 * 情報更新確認: a group's administrator confirms its profile; coordinators see the groups that have not, and send
 * the reminders now rather than waiting for the next scheduled round.
 */
@Controller
class GroupConfirmationController {

	private final GroupConfirmations confirmations;

	private final GroupFormSupport support;

	private final Clock clock;

	GroupConfirmationController(GroupConfirmations confirmations, GroupFormSupport support, Clock clock) {
		this.confirmations = confirmations;
		this.support = support;
		this.clock = clock;
	}

	@PostMapping("/account/groups/{id}/confirm")
	@PreAuthorize("isAuthenticated()")
	String confirm(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, RedirectAttributes redirect) {
		confirmations.confirm(person.accountId(), id);
		redirect.addFlashAttribute("confirmed", true);
		return "redirect:/account/groups";
	}

	@GetMapping("/backoffice/groups/unconfirmed")
	@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
	String unconfirmed(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String area, Model model) {
		model.addAttribute("report", confirmations.unconfirmed(kind, area));
		model.addAttribute("kind", kind);
		model.addAttribute("area", area);
		support.addChoices(model);
		return "groups/unconfirmed";
	}

	@PostMapping("/backoffice/groups/unconfirmed/remind")
	@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
	String remindNow(RedirectAttributes redirect) {
		GroupConfirmations.ReminderRun run = confirmations.sendReminders(clock.instant());
		redirect.addFlashAttribute("remindersSent", run.sent());
		redirect.addFlashAttribute("reminderRound", run.round());
		return "redirect:/backoffice/groups/unconfirmed";
	}
}
