/**
 * The group directory (団体データベース): registration of groups of every kind, review by coordinators (仮登録 →
 * 本登録, or returned with a reason), public profiles and the Japanese search of the directory, and its JSON API.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "areas", "search", "mail", "audit", "accounts", "imports",
		"opendata" })
package jp.tomoni.groups;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
