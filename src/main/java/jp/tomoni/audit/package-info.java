/**
 * Append-only audit log of every action of staff, reviewers and administrators: who, what, which record,
 * when and from where; searchable by administrators.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality" })
package jp.tomoni.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
