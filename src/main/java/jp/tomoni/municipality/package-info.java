/**
 * Municipalities hosted by this installation, identified by 全国地方公共団体コード. One is current today; every
 * record of every module names its municipality so that one installation can host several.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package jp.tomoni.municipality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
