/**
 * The newsletter: anyone subscribes by e-mail (double opt-in) to the activity fields and areas they care about and
 * receives a weekly digest of what other modules publish through {@link jp.tomoni.newsletter.DigestSource}; every
 * mail carries a one-click unsubscribe link that needs no sign-in.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "mail", "areas" })
package jp.tomoni.newsletter;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
