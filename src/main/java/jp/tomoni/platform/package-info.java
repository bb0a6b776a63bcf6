/**
 * The web shell: security, language, layout and menus, error pages, request logging and the clock.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality" })
package jp.tomoni.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
