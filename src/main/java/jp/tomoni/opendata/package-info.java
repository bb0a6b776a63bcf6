/**
 * The open-data page: every dataset other modules publish through {@link jp.tomoni.opendata.OpenDataset}, with its
 * licence (CC BY 4.0), downloads, columns and last update (docs/decisions/0045).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality" })
package jp.tomoni.opendata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
