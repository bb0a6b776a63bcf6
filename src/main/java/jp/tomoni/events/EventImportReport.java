package jp.tomoni.events;

import java.util.List;

import jp.tomoni.events.imports.EventLine;
import jp.tomoni.imports.LineProblem;
import org.jspecify.annotations.Nullable;

/**
 * What an event import did (or, in a dry run or when refused, would do).
 *
 * @param format the format recognised, or {@code null} when the file was refused before
 * @param lines the data lines read
 * @param events the events they make (a recurring event's lines count once)
 * @param dates the dates of those events
 * @param skipped lines not imported by rule (no date at all), with the reason
 * @param problems every rejected line's problems; none when the file is applied
 * @param fileProblem the message code when the file as a whole was refused
 * @param applied whether the changes were written
 */
public record EventImportReport(String fileName, @Nullable String format, @Nullable String encoding, boolean dryRun,
		int lines, int events, int dates, int created, int updated, int unchanged, List<EventLine.Skipped> skipped,
		List<LineProblem> problems, @Nullable String fileProblem, List<Object> fileProblemArguments,
		boolean applied, long millis) {

	public EventImportReport {
		skipped = List.copyOf(skipped);
		problems = List.copyOf(problems);
		fileProblemArguments = List.copyOf(fileProblemArguments);
	}

	static EventImportReport refused(String fileName, boolean dryRun, @Nullable String format,
			@Nullable String encoding, String code, List<Object> arguments) {
		return new EventImportReport(fileName, format, encoding, dryRun, 0, 0, 0, 0, 0, 0, List.of(), List.of(), code,
				arguments, false, 0);
	}

	/** No line rejected and the file readable: applied, or would be in a dry run. */
	public boolean succeeded() {
		return fileProblem == null && problems.isEmpty();
	}

	/** The lines rejected (a line with several problems counts once). */
	public long rejectedLines() {
		return problems.stream().map(LineProblem::line).distinct().count();
	}
}
