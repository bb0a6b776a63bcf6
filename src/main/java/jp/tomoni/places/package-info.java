/**
 * The register of places (施設・拠点): support centres, 地域交流センター, community halls, libraries, parks and other
 * places where residents meet, with address, coordinates, opening hours, barrier-free information and contact;
 * the staff's back office, the public pages and API, imports of the lists municipalities publish (公共施設一覧) and
 * the open-data export. Other modules refer to a place by its id through {@link jp.tomoni.places.Places} and add
 * sections to its page through {@link jp.tomoni.places.PlacePageSection}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "areas", "search", "audit", "imports", "opendata" })
package jp.tomoni.places;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
