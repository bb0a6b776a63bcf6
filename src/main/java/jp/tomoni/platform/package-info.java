/**
 * The web shell: security, language, layout and menus, error pages, request logging, the clock and the
 * Japanese search configuration that every module's index uses.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality" })
package jp.tomoni.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
