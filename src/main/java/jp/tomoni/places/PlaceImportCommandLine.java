package jp.tomoni.places;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar tomoni.jar import places FILE [--format=…] [--kind=CODE] [--own-municipality-only]
 * [--dry-run]}: the import without the web server ({@code TomoniApplication} starts the application without it and
 * calls {@link #run}). Exit status: 0 applied (dry run: would apply), 1 refused (a line or the file; nothing
 * applied), 2 usage, 3 failure while applying (nothing applied).
 */
@Component
public class PlaceImportCommandLine {

	public static final int APPLIED = 0;

	public static final int REFUSED = 1;

	public static final int USAGE = 2;

	public static final int FAILED = 3;

	private final PlaceImports imports;

	private final PlaceImportReportText text;

	private final MessageSource messages;

	PlaceImportCommandLine(PlaceImports imports, PlaceImportReportText text, MessageSource messages) {
		this.imports = imports;
		this.text = text;
		this.messages = messages;
	}

	/** True when the arguments ask for an import of places. */
	public static boolean isPlaceImport(String... args) {
		return args.length > 1 && "import".equals(args[0]) && "places".equals(args[1]);
	}

	/** Runs the import the arguments describe, prints the report in Japanese and returns the exit status. */
	public int run(String[] args, PrintStream out) {
		Locale locale = Locale.JAPANESE;
		List<String> positional = new ArrayList<>();
		String formatId = null;
		String kind = PlaceImportOptions.DEFAULT_KIND;
		boolean dryRun = false;
		boolean own = false;
		for (String arg : args) {
			if (arg.equals("--dry-run")) {
				dryRun = true;
			}
			else if (arg.equals("--own-municipality-only")) {
				own = true;
			}
			else if (arg.startsWith("--format=")) {
				formatId = arg.substring("--format=".length());
			}
			else if (arg.startsWith("--kind=")) {
				kind = arg.substring("--kind=".length());
			}
			else if (arg.startsWith("--")) {
				out.println(messages.getMessage("placeImport.cli.usage", null, locale));
				return USAGE;
			}
			else {
				positional.add(arg);
			}
		}
		if (positional.size() != 3 || !positional.get(0).equals("import") || !positional.get(1).equals("places")) {
			out.println(messages.getMessage("placeImport.cli.usage", null, locale));
			return USAGE;
		}
		PlaceImportFormat format = null;
		if (formatId != null && !formatId.isBlank()) {
			format = PlaceImportFormat.fromId(formatId).orElse(null);
			if (format == null) {
				out.println(messages.getMessage("placeImport.cli.format", new Object[] { formatId }, locale));
				return USAGE;
			}
		}
		Path file = Path.of(positional.get(2));
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			out.println(messages.getMessage("placeImport.cli.noFile", new Object[] { file }, locale));
			return USAGE;
		}
		PlaceImportReport report = imports.importFile(file, file.getFileName().toString(),
				new PlaceImportOptions(format, kind, own, dryRun), null);
		text.lines(report, locale).forEach(out::println);
		if ("import.file.failed".equals(report.fileProblem())) {
			return FAILED;
		}
		if ("placeImport.file.kind".equals(report.fileProblem())) {
			return USAGE;
		}
		return report.succeeded() ? APPLIED : REFUSED;
	}
}
