package jp.tomoni.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.tomoni.events.imports.EventLine;
import jp.tomoni.imports.LineProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report of an event import as lines of text, for the command line and the upload page. */
@Component
public class EventImportReportText {

	private final MessageSource messages;

	EventImportReportText(MessageSource messages) {
		this.messages = messages;
	}

	public List<String> lines(EventImportReport report, Locale locale) {
		List<String> out = new ArrayList<>();
		if (report.fileProblem() != null) {
			out.add(report.fileName() + ": "
					+ messages.getMessage(report.fileProblem(), report.fileProblemArguments().toArray(), locale));
			return out;
		}
		out.add(messages.getMessage("eventImport.report.summary",
				new Object[] { report.fileName(), messages.getMessage("eventImport.format." + report.format(), null,
						locale), report.encoding(), report.lines(), report.events(), report.dates(),
						report.created(), report.updated(), report.unchanged() },
				locale));
		for (EventLine.Skipped skipped : report.skipped()) {
			out.add(messages.getMessage("eventImport.report.skipped",
					new Object[] { skipped.line(), skipped.name(), skipped.column(), skipped.dateNote() }, locale));
		}
		for (LineProblem problem : report.problems()) {
			out.add(messages.getMessage("eventImport.report.line", new Object[] { problem.line(),
					messages.getMessage(problem.code(), problem.messageArguments(), locale) }, locale));
		}
		if (!report.succeeded()) {
			out.add(messages.getMessage("eventImport.report.refused", new Object[] { report.rejectedLines() }, locale));
		}
		else if (report.dryRun()) {
			out.add(messages.getMessage("eventImport.report.dryRun", null, locale));
		}
		else {
			out.add(messages.getMessage("eventImport.report.applied", new Object[] { report.millis() }, locale));
		}
		return out;
	}
}
