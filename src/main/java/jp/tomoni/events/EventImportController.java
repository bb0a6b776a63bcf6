package jp.tomoni.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page of the event import (docs/event-import.md), for coordinators, city staff and administrators: the
 * same import as {@code import events FILE} on the command line, with "check only"; the report is the command
 * line's, line by line: the counts, every skipped and every rejected line, and whether anything was applied.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class EventImportController {

	static final String PATH = "/backoffice/events/import";

	private final EventImports imports;

	private final EventImportReportText text;

	private final DataSize maxUpload;

	EventImportController(EventImports imports, EventImportReportText text,
			@Value("${tomoni.group-import.max-upload-size:100MB}") DataSize maxUpload) {
		this.imports = imports;
		this.text = text;
		this.maxUpload = maxUpload;
	}

	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute("dryRun", true);
		model.addAttribute("maxUploadMegabytes", maxUpload.toMegabytes());
		return "events/import";
	}

	@PostMapping(PATH)
	String upload(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Locale locale, Model model) throws IOException {
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("maxUploadMegabytes", maxUpload.toMegabytes());
		if (file == null || file.isEmpty()) {
			model.addAttribute("uploadError", "eventImport.upload.missing");
			return "events/import";
		}
		if (file.getSize() > maxUpload.toBytes()) {
			model.addAttribute("uploadError", "eventImport.upload.tooLarge");
			return "events/import";
		}
		Path temporary = Files.createTempFile("tomoni-event-import-", ".csv");
		try {
			file.transferTo(temporary);
			String name = file.getOriginalFilename() == null ? "upload.csv"
					: Path.of(file.getOriginalFilename()).getFileName().toString();
			EventImportReport report = imports.importFile(temporary, name, dryRun);
			List<String> lines = text.lines(report, locale);
			model.addAttribute("report", report);
			model.addAttribute("outcome", lines.getLast());
			model.addAttribute("details", lines.subList(0, lines.size() - 1));
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		return "events/import";
	}
}
