/**
 * The proposal scheme (協働事業提案制度): city staff open calls for proposals, city-themed (行政提案型) or open
 * (市民提案型), with a schedule, eligibility, weighted review criteria, the suitability checklist and the reviewers;
 * groups hold prior consultations (事前相談) and submit proposals, alone or with co-proposing groups, up to the
 * deadline; reviewers named on a call declare conflicts of interest and score the proposals, city staff decide them
 * (an adoption registers a collaboration project) and publish the results (issue 6; decisions 0065, 0066 and 0068).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "accounts", "groups", "audit", "projects" })
package jp.tomoni.proposals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
