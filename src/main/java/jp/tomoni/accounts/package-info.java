/**
 * Accounts: sign-up with e-mail confirmation, sign-in and its rate limit, password reset, profile, personal
 * data export and deletion, staff accounts and role grants.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "mail", "audit", "search" })
package jp.tomoni.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
