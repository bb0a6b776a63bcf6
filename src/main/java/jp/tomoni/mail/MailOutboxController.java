package jp.tomoni.mail;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Administrators read the outbox: every mail the platform wrote, delivered or not. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MailOutboxController {

	private final MailOutbox outbox;

	MailOutboxController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/mail")
	String list(@RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("to", to);
		model.addAttribute("mails", outbox.list(to, page, 30));
		return "mail/outbox";
	}

	@GetMapping("/admin/mail/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "mail/message";
	}
}
