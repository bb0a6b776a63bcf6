/**
 * The one Japanese search facility of all modules: the analysers (Kuromoji, readings, widths, bigrams), the
 * query that uses them with the synonym dictionary administrators extend, and the index upkeep at start-up; and
 * the site-wide search box, which asks every module's {@link jp.tomoni.search.SearchSource}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality" })
package jp.tomoni.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
