package jp.tomoni.places;

import java.util.List;

import jp.tomoni.imports.LineProblem;
import org.jspecify.annotations.Nullable;

/**
 * What an import of places did, or would do (dry run): counts, every rejected line with its reasons (the first
 * {@link #MAX_PROBLEMS}), or why the file as a whole was refused.
 *
 * @param applied whether the changes were written (never for a dry run, never when a line was rejected)
 * @param rows data lines read (skipped and rejected ones included)
 * @param skipped other municipalities' rows, when only the current municipality's are taken
 * @param fileProblem the message code when the file as a whole was refused, else {@code null}
 */
public record PlaceImportReport(String fileName, @Nullable String format, @Nullable String encoding, boolean dryRun,
		boolean applied, long rows, long created, long updated, long unchanged, long skipped, long rejectedLines,
		List<LineProblem> problems, @Nullable String fileProblem, List<Object> fileProblemArguments,
		List<String> unusedColumns) {

	public static final int MAX_PROBLEMS = 1000;

	/** The whole file was applied, or for a dry run would be. */
	public boolean succeeded() {
		return fileProblem == null && rejectedLines == 0;
	}

	static PlaceImportReport refused(String fileName, boolean dryRun, @Nullable String format,
			@Nullable String encoding, String code, List<Object> arguments) {
		return new PlaceImportReport(fileName, format, encoding, dryRun, false, 0, 0, 0, 0, 0, 0, List.of(), code,
				arguments, List.of());
	}
}
