/**
 * Local issues (地域課題): anyone signed in posts an issue in their area; coordinators and city staff triage it
 * (accepted, a duplicate of another, or out of scope with a reason), may open a call for solutions with a deadline,
 * collect proposals from groups and businesses, and record the chosen partners with the reason for each. The poster
 * follows every status on their own page and is told of each change (decisions 0056–0058).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "areas", "groups", "audit", "accounts" })
package jp.tomoni.localissues;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
