/**
 * The consultation desk's log (相談記録): coordinators and city staff record each consultation — the desk that
 * received it, the day, the channel, who consulted, the topics, a summary only staff see, what was done, referrals
 * and a follow-up date — and count them by month and 年度, by desk, topic, channel and referral type, for the plans'
 * indicators (Sagamihara: support-centre consultations 316 → 400, referrals to universities 26 → 30). Every staff
 * view of a record is audited (docs/decisions/0051).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "audit" })
package jp.tomoni.consultations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
