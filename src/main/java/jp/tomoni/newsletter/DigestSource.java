package jp.tomoni.newsletter;

import java.time.Instant;
import java.util.List;

/**
 * What a module offers the weekly digest (SPI): events, news and stories implement it as a Spring bean. The digest
 * asks every source for the items that became new in its week and mails each subscriber the ones that match their
 * fields and areas. With no source, no digest mail is sent.
 */
public interface DigestSource {

	/**
	 * The items published (or otherwise new) from {@code from} inclusive to {@code to} exclusive, public ones only.
	 */
	List<DigestItem> itemsBetween(Instant from, Instant to);
}
