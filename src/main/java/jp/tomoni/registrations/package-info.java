/**
 * Registration for events (申込み): residents register for one date of an event that takes registrations, within its
 * capacity and otherwise on a waiting list (キャンセル待ち) that moves up when someone cancels; reminder mails the day
 * before; the organisers' participant list and its CSV export.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "events", "accounts", "mail", "audit" })
package jp.tomoni.registrations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
