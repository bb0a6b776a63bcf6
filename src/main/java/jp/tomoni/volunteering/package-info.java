/**
 * Volunteer opportunities (ボランティア募集): groups, coordinators and city staff post opportunities with shifts;
 * residents sign up for one or several shifts (never overfilled, never two overlapping shifts for one person), cancel
 * and are reminded the day before; organisers confirm attendance and record hours; a resident sees their history and
 * hours per 年度 and downloads a participation certificate (参加証明書, PDF).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "groups", "areas", "accounts" })
package jp.tomoni.volunteering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
