package jp.tomoni.projects;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's agreement in the back office, for the staff who keep the register: the draft, generating a new
 * version (its PDF), the versions with their PDFs and signed scans, attaching a scan.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class AgreementController {

	private final Projects projects;

	private final Agreements agreements;

	private final MessageSource messages;

	private final Clock clock;

	AgreementController(Projects projects, Agreements agreements, MessageSource messages, Clock clock) {
		this.projects = projects;
		this.agreements = agreements;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/backoffice/projects/{id}/agreement")
	String draft(@PathVariable long id, Model model) {
		ProjectView project = project(id);
		List<String> parties = agreements.parties(id);
		AgreementForm form = agreements.latestTerms(id)
			.filter(t -> t.parties().stream().map(AgreementTerms.Party::name).toList().equals(parties))
			.map(AgreementForm::of)
			.orElseGet(() -> AgreementForm.of(project, parties, LocalDate.now(clock.withZone(FiscalYear.JAPAN))));
		model.addAttribute("agreementForm", form);
		return page(model, project, parties, form);
	}

	@PostMapping("/backoffice/projects/{id}/agreement")
	String generate(@PathVariable long id, @Valid @ModelAttribute("agreementForm") AgreementForm form,
			BindingResult result, @AuthenticationPrincipal SignedInPerson person, Model model,
			RedirectAttributes redirect) {
		ProjectView project = project(id);
		List<String> parties = agreements.parties(id);
		form.checkIn(result, parties);
		if (result.hasErrors()) {
			return page(model, project, parties, form);
		}
		int version;
		try {
			version = agreements.generate(id, form.toTerms(parties), person.accountId(), person.displayName());
		}
		catch (ProjectRuleViolation violation) {
			violation.rejectIn(result);
			return page(model, project, parties, form);
		}
		redirect.addFlashAttribute("done", "agreementGenerated");
		redirect.addFlashAttribute("doneVersion", version);
		return "redirect:/backoffice/projects/" + id + "/agreement#versions";
	}

	@GetMapping("/backoffice/projects/{id}/agreement/{version}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int version) {
		byte[] pdf = agreements.pdf(id, version);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("agreement-" + id + "-v" + version + ".pdf", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(pdf);
	}

	@PostMapping("/backoffice/projects/{id}/agreement/{version}/scan")
	String attachScan(@PathVariable long id, @PathVariable int version,
			@RequestParam(name = "scan", required = false) @Nullable MultipartFile file, Locale locale,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new ProjectRuleViolation("scan", "agreement.scan.empty");
			}
			// Refused before the bytes are read into memory.
			Agreements.checkSize(file.getSize());
			agreements.attachScan(id, version,
					file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("done", "agreementScanned");
			redirect.addFlashAttribute("doneVersion", version);
		}
		catch (ProjectRuleViolation violation) {
			redirect.addFlashAttribute("scanError", messages.getMessage(violation.code(), violation.arguments(), locale));
			redirect.addFlashAttribute("scanVersion", version);
		}
		return "redirect:/backoffice/projects/" + id + "/agreement#versions";
	}

	@GetMapping("/backoffice/projects/{id}/agreement/{version}/scan")
	ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable int version) {
		Agreements.Scan scan = agreements.scan(id, version);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(scan.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(scan.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(scan.content());
	}

	private String page(Model model, ProjectView project, List<String> parties, AgreementForm form) {
		model.addAttribute("project", project);
		model.addAttribute("parties", parties);
		model.addAttribute("dutyLines", form.dutyLines(parties.size()));
		model.addAttribute("versions", agreements.versions(project.id()));
		model.addAttribute("maxScanMegabytes", Agreements.SCAN.maxMegabytes());
		return "projects/agreement";
	}

	private ProjectView project(long id) {
		return projects.find(id).orElseThrow(() -> new ProjectNotFound(id));
	}
}
