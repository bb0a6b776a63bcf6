package jp.tomoni.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.search.SearchCounts;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The weeks of the month calendar as HTML (the table's body, template {@code events/calendar-weeks}), made once per
 * month, day and language and kept until an event or a date changes, like a page of search hits (decision 0052):
 * with 100,000 events a month shows some 300 links, whose rendering was most of the page's cost.
 */
@Component
class CalendarWeeks {

	private static final List<Class<?>> CHANGES = List.of(Event.class, EventDate.class);

	private record Key(String municipality, YearMonth month, LocalDate today, Locale locale, String contextPath) {
	}

	private final ITemplateEngine templates;

	private final SearchCounts kept;

	private final Municipalities municipalities;

	CalendarWeeks(ITemplateEngine templates, SearchCounts kept, Municipalities municipalities) {
		this.templates = templates;
		this.kept = kept;
		this.municipalities = municipalities;
	}

	String html(YearMonth month, LocalDate today, Locale locale, String contextPath,
			Supplier<List<List<EventController.Day>>> weeks) {
		return kept.page(CHANGES, new Key(municipalities.current().code(), month, today, locale, contextPath),
				() -> templates.process("events/calendar-weeks", Set.of("weeks"),
						new Context(locale, Map.of("weeks", weeks.get(), "contextPath", contextPath))));
	}
}
