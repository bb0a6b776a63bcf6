/**
 * Collaboration projects (協働事業) and the vocabulary a municipality uses to describe them: the departments of the
 * city that take charge of a call or a project (担当課), the forms of collaboration, their zones and the principles
 * of mutual evaluation; the register of every collaboration project, public at {@code /projects}, with its counts by
 * 年度, form and field. Issue 6.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "audit", "areas", "groups", "news" })
package jp.tomoni.projects;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
