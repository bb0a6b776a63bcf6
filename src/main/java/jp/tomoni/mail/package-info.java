/**
 * Outgoing mail: every message is kept in an outbox that administrators can read, and is delivered by SMTP
 * when a mail server is configured.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality" })
package jp.tomoni.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
