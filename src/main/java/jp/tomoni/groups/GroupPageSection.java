package jp.tomoni.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A section another module adds to a group's public page ({@code /groups/{id}}): news and case stories that name
 * the group, later its events. Implement it as a Spring bean in the other module; the group page asks every such
 * bean, in their {@code @Order}, and shows each section that is present as a heading and a list of links. The
 * groups module thereby never depends on the modules that contribute (docs/decisions/0041).
 */
public interface GroupPageSection {

	/**
	 * What this module has to show on the public page of a group, or empty when it has nothing. Called for public
	 * groups only; must show only what every visitor may see.
	 *
	 * @param groupId the group
	 * @param locale the reader's language, for the titles the section writes itself
	 */
	Optional<Section> forGroup(long groupId, Locale locale);

	/**
	 * A titled list of links.
	 *
	 * @param id a short stable name, used in the section's element id ({@code group-section-news})
	 * @param headingKey the message key of the section's heading
	 * @param links the entries, in the order shown
	 * @param moreHref where the whole list is, or {@code null}
	 */
	record Section(String id, String headingKey, List<Link> links, @Nullable String moreHref) {
	}

	/**
	 * One entry of a section.
	 *
	 * @param title the linked text
	 * @param href the address, relative to the application ({@code /news/12})
	 * @param date the entry's date, shown beside it, or {@code null}
	 * @param labelKey a message key naming the kind of entry (ニュース, 協働事例), or {@code null}
	 */
	record Link(String title, String href, @Nullable LocalDate date, @Nullable String labelKey) {
	}
}
