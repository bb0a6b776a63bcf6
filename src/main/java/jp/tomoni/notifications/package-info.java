/**
 * Notifications (お知らせ): every {@link jp.tomoni.shared.NoticeRequested} any module publishes becomes an in-app
 * notice for each recipient and, unless the person turned mails of that topic off, a mail through the outbox.
 * People read their notices under /account/notices and choose there which mails they receive
 * (docs/decisions/0059).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "accounts", "mail" })
package jp.tomoni.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
