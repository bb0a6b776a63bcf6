/**
 * Collaboration news (協働ニュース) written by coordinators and city staff, and case stories (協働事例) that reporters
 * (協働リポーター) write and editors review and publish; both tagged with fields, areas and groups, shown on the
 * portal, on the groups' pages, in Atom feeds, and searchable with the Japanese search facility.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "areas", "search", "mail", "audit", "accounts",
		"groups", "newsletter" })
package jp.tomoni.news;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
