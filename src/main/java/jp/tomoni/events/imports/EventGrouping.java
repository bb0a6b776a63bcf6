package jp.tomoni.events.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the lines of a list into events (decision 0034): lines with the same municipality code, the same number
 * (NO, ID) and the same name are one event whose occurrences are their dates (the lists give a recurring event one
 * line per date). Real lists also give one NO to different events (files joined by hand, numbering restarted): the
 * name tells them apart, and their key becomes {@code NO/名称}. Lines without a number are joined by name. The same
 * date twice (a line repeated) counts once.
 */
public final class EventGrouping {

	private record Group(String code, String number, String name) {
	}

	private final Map<Group, List<EventRow>> rows = new LinkedHashMap<>();

	private final Map<String, Set<String>> namesByNumber = new HashMap<>();

	public void add(EventRow row) {
		String code = row.municipalityCode() == null ? "" : row.municipalityCode();
		String number = row.number() == null ? "" : row.number();
		rows.computeIfAbsent(new Group(code, number, row.name()), g -> new ArrayList<>()).add(row);
		namesByNumber.computeIfAbsent(code + "\u0000" + number, k -> new LinkedHashSet<>()).add(row.name());
	}

	/** The events in the order of their first line. */
	public List<ImportedEvent> events() {
		List<ImportedEvent> events = new ArrayList<>(rows.size());
		rows.forEach((group, lines) -> {
			boolean shared = namesByNumber.get(group.code() + "\u0000" + group.number()).size() > 1;
			String key = group.number().isEmpty() ? group.name()
					: shared ? group.number() + "/" + group.name() : group.number();
			Set<ImportedEvent.Occurrence> occurrences = new LinkedHashSet<>();
			for (EventRow row : lines) {
				occurrences.add(new ImportedEvent.Occurrence(row.startDate(), row.endDate(), row.startTime(),
						row.endTime()));
			}
			List<ImportedEvent.Occurrence> sorted = new ArrayList<>(occurrences);
			sorted.sort(Comparator.comparing(ImportedEvent.Occurrence::date)
				.thenComparing(o -> o.startTime() == null ? java.time.LocalTime.MIN : o.startTime()));
			events.add(new ImportedEvent(key, lines.getFirst(), sorted, lines.stream().map(EventRow::line).toList()));
		});
		return events;
	}

	public int size() {
		return rows.size();
	}
}
