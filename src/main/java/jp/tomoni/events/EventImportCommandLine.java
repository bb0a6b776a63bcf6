package jp.tomoni.events;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar tomoni.jar import events FILE [--dry-run]}: the event import without the web server. Exit status:
 * 0 applied (dry run: would apply), 1 refused (a line or the file; nothing applied), 2 usage, 3 failure while
 * applying (nothing applied).
 */
@Component
public class EventImportCommandLine {

	public static final int APPLIED = 0;

	public static final int REFUSED = 1;

	public static final int USAGE = 2;

	public static final int FAILED = 3;

	private final EventImports imports;

	private final EventImportReportText text;

	private final MessageSource messages;

	EventImportCommandLine(EventImports imports, EventImportReportText text, MessageSource messages) {
		this.imports = imports;
		this.text = text;
		this.messages = messages;
	}

	/** True when the arguments ask for an event import. */
	public static boolean isImport(String... args) {
		return args.length > 1 && "import".equals(args[0]) && "events".equals(args[1]);
	}

	public int run(String[] args, PrintStream out) {
		Locale locale = Locale.JAPANESE;
		List<String> positional = new ArrayList<>();
		boolean dryRun = false;
		for (String arg : args) {
			if (arg.equals("--dry-run")) {
				dryRun = true;
			}
			else if (!arg.startsWith("--")) {
				positional.add(arg);
			}
		}
		if (positional.size() < 3 || !isImport(args)) {
			out.println(messages.getMessage("eventImport.cli.usage", null, locale));
			return USAGE;
		}
		int status = APPLIED;
		for (String name : positional.subList(2, positional.size())) {
			Path file = Path.of(name);
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				out.println(messages.getMessage("groupImport.cli.noFile", new Object[] { file }, locale));
				return USAGE;
			}
		}
		for (String name : positional.subList(2, positional.size())) {
			Path file = Path.of(name);
			EventImportReport report = imports.importFile(file, file.getFileName().toString(), dryRun);
			text.lines(report, locale).forEach(out::println);
			if ("import.file.failed".equals(report.fileProblem())) {
				status = FAILED;
			}
			else if (!report.succeeded() && status == APPLIED) {
				status = REFUSED;
			}
		}
		return status;
	}
}
