/**
 * Page views of the public portal per page and day, counted without cookies or personal data (no address, no
 * browser, no session), so that a municipality's indicator (annual page views of its regional portal) comes from the
 * platform itself; staff see them by month and 年度 (docs/decisions/0043).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality" })
package jp.tomoni.pageviews;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
