package jp.tomoni.volunteering;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.JapanesePdf;
import jp.tomoni.shared.SignedInPerson;
import jp.tomoni.volunteering.Views.MyShift;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * The residents' side: the public list and page of opportunities (places left per shift), sign-up for shifts and
 * cancellation (signed in), and {@code /account/volunteering}: their shifts, hours per 年度 and the participation
 * certificate (参加証明書, PDF).
 */
@Controller
class VolunteeringController {

	private final Volunteering volunteering;

	private final MessageSource messages;

	private final Clock clock;

	VolunteeringController(Volunteering volunteering, MessageSource messages, Clock clock) {
		this.volunteering = volunteering;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/volunteering")
	@PreAuthorize("permitAll()")
	String list(Model model) {
		model.addAttribute("opportunities", volunteering.published());
		model.addAttribute("fields", ActivityField.ALL);
		return "volunteering/list";
	}

	@GetMapping("/volunteering/{id}")
	@PreAuthorize("permitAll()")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("opportunity", volunteering.find(id, Actors.current()));
		return "volunteering/detail";
	}

	@PostMapping("/volunteering/{id}/signup")
	@PreAuthorize("isAuthenticated()")
	String signUp(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
			@RequestParam(required = false) @Nullable Set<Long> shiftIds, Locale locale, RedirectAttributes redirect) {
		try {
			List<Long> ids = volunteering.signUp(person.accountId(), id, shiftIds == null ? Set.of() : shiftIds);
			redirect.addFlashAttribute("notice", messages.getMessage("volunteering.signUp.done",
					new Object[] { ids.size() }, locale));
		}
		catch (VolunteeringRuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:/volunteering/" + id;
	}

	@GetMapping("/account/volunteering")
	@PreAuthorize("isAuthenticated()")
	String mine(@AuthenticationPrincipal SignedInPerson person, Model model) {
		model.addAttribute("history", volunteering.history(person.accountId()));
		return "volunteering/mine";
	}

	@PostMapping("/account/volunteering/signups/{id}/cancel")
	@PreAuthorize("isAuthenticated()")
	String cancel(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
			RedirectAttributes redirect) {
		try {
			volunteering.cancel(person.accountId(), id);
			redirect.addFlashAttribute("notice", messages.getMessage("volunteering.cancel.done", null, locale));
		}
		catch (VolunteeringRuleViolation violation) {
			redirect.addFlashAttribute("refusal", messages.getMessage(violation.code(), violation.arguments(), locale));
		}
		return "redirect:/account/volunteering";
	}

	/**
	 * The participation certificate of a 年度 (the current one by default): the person's name, each attended shift
	 * with its organiser and hours, the total, and the day of issue. In Japanese, as municipal documents are.
	 */
	@GetMapping("/account/volunteering/certificate.pdf")
	@PreAuthorize("isAuthenticated()")
	void certificate(@AuthenticationPrincipal SignedInPerson person,
			@RequestParam(required = false) @Nullable Integer year, HttpServletResponse response) throws IOException {
		FiscalYear fiscalYear = year == null ? FiscalYear.current(clock) : new FiscalYear(year);
		List<MyShift> shifts = volunteering.attended(person.accountId(), fiscalYear);
		if (shifts.isEmpty()) {
			throw new VolunteeringNotFound("no attended shift in " + fiscalYear);
		}
		byte[] pdf = Certificate.write(volunteering.fullName(person.accountId()), fiscalYear, shifts,
				LocalDate.now(clock.withZone(FiscalYear.JAPAN)), messages);
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("certificate-" + fiscalYear.startYear() + ".pdf", StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setContentLength(pdf.length);
		response.getOutputStream().write(pdf);
	}

	/** The certificate's layout. */
	static final class Certificate {

		private Certificate() {
		}

		static byte[] write(String name, FiscalYear year, List<MyShift> shifts, LocalDate issued,
				MessageSource messages) {
			Locale ja = Locale.JAPANESE;
			DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPAN);
			DateTimeFormatter time = DateTimeFormatter.ofPattern("H:mm");
			BigDecimal total = shifts.stream().map(MyShift::hours).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
			String title = messages.getMessage("volunteering.certificate.title", null, ja);
			return JapanesePdf.write(title, pdf -> {
				pdf.title(title);
				pdf.line(messages.getMessage("volunteering.certificate.name", new Object[] { name }, ja));
				pdf.gap();
				pdf.line(messages.getMessage("volunteering.certificate.lead",
						new Object[] { year.japaneseLabel(), shifts.size(), total.toPlainString() }, ja));
				pdf.gap();
				pdf.table(new float[] { 0.22f, 0.16f, 0.34f, 0.28f - 0.0f },
						List.of(messages.getMessage("volunteering.certificate.date", null, ja),
								messages.getMessage("volunteering.certificate.time", null, ja),
								messages.getMessage("volunteering.certificate.activity", null, ja),
								messages.getMessage("volunteering.certificate.hours", null, ja)),
						shifts.stream()
							.map(s -> List.of(day.format(s.date()),
									time.format(s.startTime()) + "〜" + time.format(s.endTime()),
									s.title() + "(" + s.organiserName() + ")",
									messages.getMessage("volunteering.hours.value",
											new Object[] { s.hours().toPlainString() }, ja)))
							.toList());
				pdf.gap();
				pdf.line(messages.getMessage("volunteering.certificate.total",
						new Object[] { total.toPlainString() }, ja));
				pdf.gap();
				pdf.line(messages.getMessage("volunteering.certificate.issued", new Object[] { day.format(issued) }, ja));
			});
		}
	}
}
