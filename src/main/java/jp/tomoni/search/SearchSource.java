package jp.tomoni.search;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One kind of thing the site-wide search finds (groups, events, places, news, case stories): each module that has
 * such things publishes a bean, so the search box of every page reaches them without this module knowing them.
 * Relevance scores of different indexes are not comparable, so the search shows each kind's best hits in its own
 * section, counts every kind, and pages through one kind at a time.
 */
public interface SearchSource {

	/** The kind's name in addresses and the API: lower-case ASCII, e.g. {@code groups}. */
	String type();

	/** Where the kind's section stands on the results page (lower first). */
	int order();

	/**
	 * The public things that match the query, best first.
	 *
	 * @param query what the person typed (never blank)
	 * @param page from 0
	 * @param size how many hits to return; 0 asks for the total only
	 */
	Page search(String query, int page, int size);

	/**
	 * A page of hits and the number of all of them.
	 *
	 * @param total how many public things of the kind match
	 */
	record Page(long total, List<Hit> hits) {

		public Page {
			hits = List.copyOf(hits);
		}

		public static Page empty() {
			return new Page(0, List.of());
		}
	}

	/**
	 * One thing found, as the results list shows it: public information only.
	 *
	 * @param id the thing's id in its kind
	 * @param title its name or title
	 * @param text a short description (the page marks the words that matched)
	 * @param url its public address, relative to the site (e.g. {@code /groups/12})
	 * @param date the date that matters for the kind (an event's date, a post's publication), or {@code null}
	 * @param detail a short line under the title (kind of group, place of an event), or {@code null}
	 */
	record Hit(String id, String title, String text, String url, @Nullable LocalDate date, @Nullable String detail) {
	}
}
