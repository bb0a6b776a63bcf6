package jp.tomoni.newsletter;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the weekly digest, as a {@link DigestSource} gives it.
 *
 * @param typeKey message key of the kind of item, shown as the heading it is listed under (e.g.
 * {@code newsletter.type.event}; the source's module defines it in both bundles)
 * @param title the item's title
 * @param url where to read it: an absolute address, or a path beginning with {@code /} to which the site's address
 * ({@code tomoni.base-url}) is prefixed
 * @param date the date shown beside it (the event's date, the news item's publication date)
 * @param fieldCodes activity fields ({@link jp.tomoni.shared.ActivityField} codes); empty means it concerns every field
 * @param areaCodes area codes (areas module); empty means the whole municipality
 * @param summary a line or two, or {@code null}
 */
public record DigestItem(String typeKey, String title, String url, LocalDate date, Set<String> fieldCodes,
		Set<String> areaCodes, @Nullable String summary) {

	public DigestItem {
		fieldCodes = Set.copyOf(fieldCodes);
		areaCodes = Set.copyOf(areaCodes);
	}
}
