/**
 * Events (イベント): groups, coordinators and city staff publish events with one or many dates; residents find them in
 * a list, a month calendar, the Japanese search (one result per date), the JSON API and iCalendar feeds.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "areas", "search", "mail", "audit", "accounts",
		"groups", "imports", "places", "newsletter", "opendata" })
package jp.tomoni.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
