/**
 * Areas of a municipality: wards (区) and districts (地区), master data that other modules refer to by code.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "audit" })
package jp.tomoni.areas;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
