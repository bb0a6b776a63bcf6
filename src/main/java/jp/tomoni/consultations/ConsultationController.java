package jp.tomoni.consultations;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.SignedInPerson;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/**
 * The consultation log in the back office, for coordinators, city staff and administrators: the list of a 年度
 * (no personal details), recording and editing, a record's page (audited), the counts and their CSV.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class ConsultationController {

	private final Consultations consultations;

	private final MessageSource messages;

	private final Clock clock;

	ConsultationController(Consultations consultations, MessageSource messages, Clock clock) {
		this.consultations = consultations;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/backoffice/consultations")
	String list(@RequestParam(required = false) @Nullable Integer year, @RequestParam(required = false) @Nullable String desk,
			@RequestParam(required = false) @Nullable String topic, @RequestParam(defaultValue = "0") int page,
			Locale locale, Model model) {
		FiscalYear fiscalYear = year(year);
		model.addAttribute("year", fiscalYear);
		model.addAttribute("years", consultations.years());
		model.addAttribute("desk", desk);
		model.addAttribute("topic", topic);
		model.addAttribute("desks", consultations.desks(locale));
		model.addAttribute("topics", consultations.topics(locale));
		model.addAttribute("rows", consultations.list(fiscalYear, desk, topic, page, locale));
		return "consultations/list";
	}

	@GetMapping("/backoffice/consultations/new")
	String create(Locale locale, Model model) {
		model.addAttribute("consultationForm", ConsultationForm.empty(LocalDate.now(clock.withZone(FiscalYear.JAPAN))));
		return form(model, null, null, locale);
	}

	@PostMapping("/backoffice/consultations/new")
	String create(@AuthenticationPrincipal SignedInPerson person,
			@Valid @ModelAttribute("consultationForm") ConsultationForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		form.checkIn(result);
		if (result.hasErrors()) {
			return form(model, null, null, locale);
		}
		long id;
		try {
			id = consultations.record(form.toCommand(), person.accountId());
		}
		catch (ConsultationRuleViolation violation) {
			violation.rejectIn(result);
			return form(model, null, null, locale);
		}
		redirect.addFlashAttribute("done", "recorded");
		return "redirect:/backoffice/consultations/" + id;
	}

	@GetMapping("/backoffice/consultations/{id}")
	String show(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("consultation", consultations.detail(id, locale));
		return "consultations/detail";
	}

	@GetMapping("/backoffice/consultations/{id}/edit")
	String edit(@PathVariable long id, Locale locale, Model model) {
		Consultations.Detail detail = consultations.detail(id, locale);
		model.addAttribute("consultationForm", ConsultationForm.of(detail.values()));
		return form(model, id, detail.version(), locale);
	}

	@PostMapping("/backoffice/consultations/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@Valid @ModelAttribute("consultationForm") ConsultationForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) {
		form.checkIn(result);
		if (result.hasErrors()) {
			return form(model, id, version, locale);
		}
		try {
			consultations.change(id, version, form.toCommand());
		}
		catch (ConsultationRuleViolation violation) {
			violation.rejectIn(result);
			return form(model, id, version, locale);
		}
		redirect.addFlashAttribute("done", "changed");
		return "redirect:/backoffice/consultations/" + id;
	}

	@GetMapping("/backoffice/consultations/stats")
	String stats(@RequestParam(required = false) @Nullable Integer year, Locale locale, Model model) {
		model.addAttribute("years", consultations.years());
		model.addAttribute("stats", consultations.stats(year(year), locale));
		return "consultations/stats";
	}

	/**
	 * The counts of a 年度 as CSV (UTF-8 with BOM): 年度, 集計, 項目, 件数 — one line per month, desk, topic, channel,
	 * consulter and referral target. Counts only: no record, no personal detail.
	 */
	@GetMapping("/backoffice/consultations/stats.csv")
	void csv(@RequestParam(required = false) @Nullable Integer year, Locale locale, HttpServletResponse response)
			throws IOException {
		Consultations.Stats stats = consultations.stats(year(year), locale);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("consultations-" + stats.year().startYear() + ".csv", StandardCharsets.UTF_8)
					.build()
					.toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		String label = stats.year().label(locale);
		try (CSVPrinter printer = CSVFormat.EXCEL.builder()
			.setHeader(text("consultation.csv.year", locale), text("consultation.csv.breakdown", locale),
					text("consultation.csv.item", locale), text("consultation.csv.count", locale))
			.get()
			.print(writer)) {
			printer.printRecord(label, text("consultation.stats.total", locale), "", stats.total());
			for (Consultations.MonthCount month : stats.months()) {
				printer.printRecord(label, text("consultation.stats.byMonth", locale), month.month(), month.count());
			}
			print(printer, label, text("consultation.stats.byDesk", locale), stats.desks());
			print(printer, label, text("consultation.stats.byTopic", locale), stats.topics());
			printEnum(printer, label, text("consultation.stats.byChannel", locale), "consultation.channel.",
					stats.channels(), locale);
			printEnum(printer, label, text("consultation.stats.byConsulter", locale), "consultation.consulter.",
					stats.consulters(), locale);
			printEnum(printer, label, text("consultation.stats.byReferral", locale), "consultation.referral.",
					stats.referrals(), locale);
		}
	}

	private static void print(CSVPrinter printer, String year, String breakdown, List<Consultations.Count> counts)
			throws IOException {
		for (Consultations.Count count : counts) {
			printer.printRecord(year, breakdown, count.label(), count.count());
		}
	}

	private void printEnum(CSVPrinter printer, String year, String breakdown, String prefix,
			Map<? extends Enum<?>, Long> counts, Locale locale) throws IOException {
		for (Map.Entry<? extends Enum<?>, Long> count : counts.entrySet()) {
			printer.printRecord(year, breakdown, text(prefix + count.getKey().name(), locale), count.getValue());
		}
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, locale);
	}

	private FiscalYear year(@Nullable Integer year) {
		return year == null ? FiscalYear.current(clock) : new FiscalYear(year);
	}

	private String form(Model model, @Nullable Long id, @Nullable Long version, Locale locale) {
		model.addAttribute("consultationId", id);
		model.addAttribute("version", version);
		model.addAttribute("desks", consultations.desks(locale));
		model.addAttribute("topics", consultations.topics(locale));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("consulterKinds", ConsulterKind.values());
		model.addAttribute("referralTargets", ReferralTarget.values());
		return "consultations/form";
	}
}
