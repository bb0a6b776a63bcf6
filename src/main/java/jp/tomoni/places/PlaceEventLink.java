package jp.tomoni.places;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a section of a place's page, e.g. an event held there.
 *
 * @param title what the link says (the event's name)
 * @param href the address of its page, relative to the site ({@code /events/12})
 * @param date the day it takes place, or {@code null}
 * @param note a short line shown under it (time, organiser), or {@code null}
 */
public record PlaceEventLink(String title, String href, @Nullable LocalDate date, @Nullable String note) {
}
