package jp.tomoni.events;

import java.util.List;

/** A page of event dates and the number of dates matching. */
public record EventSearchResult(List<EventOccurrenceView> items, long total, int page, int size) {
}
