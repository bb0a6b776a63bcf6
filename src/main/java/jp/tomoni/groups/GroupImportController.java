package jp.tomoni.groups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jp.tomoni.groups.imports.ImportFormat;
import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page of the group import (docs/group-import.md), for coordinators, city staff and administrators:
 * a file, its format and "check only"; the report shows the counts and every rejected line.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class GroupImportController {

	static final String PATH = "/backoffice/groups/import";

	private final GroupImports imports;

	private final GroupImportReportText text;

	private final DataSize maxUpload;

	GroupImportController(GroupImports imports, GroupImportReportText text,
			@Value("${tomoni.group-import.max-upload-size:100MB}") DataSize maxUpload) {
		this.imports = imports;
		this.text = text;
		this.maxUpload = maxUpload;
	}

	@GetMapping(PATH)
	String form(@RequestParam(required = false) @Nullable String tooLarge, Model model) {
		addChoices(model, "", true);
		if (tooLarge != null) {
			model.addAttribute("uploadError", "groupImport.upload.tooLarge");
		}
		return "groups/import";
	}

	@PostMapping(PATH)
	String upload(@AuthenticationPrincipal SignedInPerson person,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String format, @RequestParam(defaultValue = "false") boolean dryRun,
			Locale locale, Model model) throws IOException {
		addChoices(model, format, dryRun);
		if (file == null || file.isEmpty()) {
			model.addAttribute("uploadError", "groupImport.upload.missing");
			return "groups/import";
		}
		if (file.getSize() > maxUpload.toBytes()) {
			model.addAttribute("uploadError", "groupImport.upload.tooLarge");
			return "groups/import";
		}
		ImportFormat chosen = format.isBlank() ? null : ImportFormat.fromId(format).orElse(null);
		Path temporary = Files.createTempFile("tomoni-group-import-", ".csv");
		try {
			file.transferTo(temporary);
			String name = file.getOriginalFilename() == null ? "upload.csv" : Path.of(file.getOriginalFilename())
				.getFileName()
				.toString();
			GroupImportReport report = imports.importFile(temporary, name, chosen, dryRun, person.accountId());
			model.addAttribute("report", report);
			model.addAttribute("outcome", text.outcome(report, locale));
			model.addAttribute("fileProblem", text.fileProblem(report, locale));
			model.addAttribute("counts", text.counts(report, locale));
			model.addAttribute("problems", text.problems(report, locale));
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		return "groups/import";
	}

	private void addChoices(Model model, String format, boolean dryRun) {
		model.addAttribute("formats", List.of(ImportFormat.values()).stream().map(ImportFormat::id).toList());
		model.addAttribute("format", format);
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("maxUploadMegabytes", maxUpload.toMegabytes());
		model.addAttribute("maxProblems", GroupImportReport.MAX_PROBLEMS);
	}

	/**
	 * An upload over the servlet container's limit fails before any controller runs: the import page says so in
	 * words; uploads elsewhere keep the default handling.
	 */
	@ControllerAdvice
	static class UploadLimit {

		@ExceptionHandler(MaxUploadSizeExceededException.class)
		String tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request)
				throws MaxUploadSizeExceededException {
			if (!PATH.equals(request.getRequestURI())) {
				throw exception;
			}
			return "redirect:" + PATH + "?tooLarge";
		}
	}
}
