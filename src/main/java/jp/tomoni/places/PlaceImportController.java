package jp.tomoni.places;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jp.tomoni.shared.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload page of the place import (docs/place-import.md), for coordinators, city staff and administrators: a
 * file, its format, the kind of places whose list names none, whether to take only this municipality's rows, and
 * "check only"; the report shows the counts and every rejected line.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','CITY_STAFF','ADMIN')")
class PlaceImportController {

	static final String PATH = "/backoffice/places/import";

	private final PlaceImports imports;

	private final PlaceImportReportText text;

	private final Places places;

	private final DataSize maxUpload;

	PlaceImportController(PlaceImports imports, PlaceImportReportText text, Places places,
			@Value("${tomoni.group-import.max-upload-size:100MB}") DataSize maxUpload) {
		this.imports = imports;
		this.text = text;
		this.places = places;
		this.maxUpload = maxUpload;
	}

	@GetMapping(PATH)
	String form(Model model) {
		addChoices(model, "", PlaceImportOptions.DEFAULT_KIND, false, true);
		return "places/import";
	}

	@PostMapping(PATH)
	String upload(@AuthenticationPrincipal SignedInPerson person,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String format,
			@RequestParam(defaultValue = PlaceImportOptions.DEFAULT_KIND) String kind,
			@RequestParam(defaultValue = "false") boolean ownMunicipalityOnly,
			@RequestParam(defaultValue = "false") boolean dryRun, Locale locale, Model model) throws IOException {
		addChoices(model, format, kind, ownMunicipalityOnly, dryRun);
		if (file == null || file.isEmpty()) {
			model.addAttribute("uploadError", "placeImport.upload.missing");
			return "places/import";
		}
		if (file.getSize() > maxUpload.toBytes()) {
			model.addAttribute("uploadError", "placeImport.upload.tooLarge");
			return "places/import";
		}
		PlaceImportFormat chosen = format.isBlank() ? null : PlaceImportFormat.fromId(format).orElse(null);
		Path temporary = Files.createTempFile("tomoni-place-import-", ".csv");
		try {
			file.transferTo(temporary);
			String name = file.getOriginalFilename() == null ? "upload.csv"
					: Path.of(file.getOriginalFilename()).getFileName().toString();
			PlaceImportReport report = imports.importFile(temporary, name,
					new PlaceImportOptions(chosen, kind, ownMunicipalityOnly, dryRun), person.accountId());
			model.addAttribute("report", report);
			model.addAttribute("outcome", text.outcome(report, locale));
			model.addAttribute("fileProblem", text.fileProblem(report, locale));
			model.addAttribute("problems", text.problems(report, locale));
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		return "places/import";
	}

	private void addChoices(Model model, String format, String kind, boolean ownMunicipalityOnly, boolean dryRun) {
		model.addAttribute("formats", List.of(PlaceImportFormat.values()).stream().map(PlaceImportFormat::id).toList());
		model.addAttribute("format", format);
		model.addAttribute("kinds", places.kinds().stream().filter(k -> !k.retired()).toList());
		model.addAttribute("kind", kind);
		model.addAttribute("ownMunicipalityOnly", ownMunicipalityOnly);
		model.addAttribute("dryRun", dryRun);
		model.addAttribute("maxUploadMegabytes", maxUpload.toMegabytes());
		model.addAttribute("maxProblems", PlaceImportReport.MAX_PROBLEMS);
	}
}
