package jp.tomoni.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.tomoni.imports.LineProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An import report in words: the command line prints it, the upload page shows the same sentences. */
@Component
class PlaceImportReportText {

	/** A rejected line as shown: its number, the column and the reason. */
	record Problem(long line, String column, String message) {
	}

	private final MessageSource messages;

	PlaceImportReportText(MessageSource messages) {
		this.messages = messages;
	}

	String outcome(PlaceImportReport report, Locale locale) {
		String code;
		if (report.fileProblem() != null) {
			code = "placeImport.report.refused";
		}
		else if (report.dryRun()) {
			code = report.succeeded() ? "placeImport.report.dryRunOk" : "placeImport.report.dryRunRejected";
		}
		else {
			code = report.applied() ? "placeImport.report.applied" : "placeImport.report.rejected";
		}
		return messages.getMessage(code, null, locale);
	}

	@Nullable String fileProblem(PlaceImportReport report, Locale locale) {
		return report.fileProblem() == null ? null
				: messages.getMessage(report.fileProblem(), report.fileProblemArguments().toArray(), locale);
	}

	String counts(PlaceImportReport report, Locale locale) {
		return messages.getMessage("placeImport.report.counts", new Object[] { report.rows(), report.created(),
				report.updated(), report.unchanged(), report.skipped(), report.rejectedLines() }, locale);
	}

	List<Problem> problems(PlaceImportReport report, Locale locale) {
		List<Problem> problems = new ArrayList<>();
		for (LineProblem problem : report.problems()) {
			problems.add(new Problem(problem.line(), problem.column(),
					messages.getMessage(problem.code(), problem.messageArguments(), locale)));
		}
		return problems;
	}

	/** The whole report as lines of text, for the command line. */
	List<String> lines(PlaceImportReport report, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(messages.getMessage("placeImport.report.heading", new Object[] { report.fileName(),
				report.format() == null ? "-" : report.format(), report.encoding() == null ? "-" : report.encoding() },
				locale));
		lines.add(outcome(report, locale));
		String fileProblem = fileProblem(report, locale);
		if (fileProblem != null) {
			lines.add(fileProblem);
			return lines;
		}
		lines.add(counts(report, locale));
		for (Problem problem : problems(report, locale)) {
			lines.add(messages.getMessage("placeImport.report.line", new Object[] { problem.line() }, locale) + " "
					+ problem.message());
		}
		if (report.problems().size() >= PlaceImportReport.MAX_PROBLEMS) {
			lines.add(messages.getMessage("placeImport.report.more", new Object[] { PlaceImportReport.MAX_PROBLEMS },
					locale));
		}
		if (!report.unusedColumns().isEmpty()) {
			lines.add(messages.getMessage("placeImport.report.unused",
					new Object[] { String.join("、", report.unusedColumns()) }, locale));
		}
		return lines;
	}
}
