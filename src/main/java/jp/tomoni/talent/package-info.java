/**
 * The talent bank (人材バンク / 協働サポーター): residents register what they can offer — skills from a list the
 * municipality keeps plus their own words, qualifications, fields, areas, days, whether they teach, advise or help
 * hands-on, for a fee or free — and choose who may see it; withdrawing consent hides the entry at once.
 * Coordinators search the bank and record introductions and dispatches with their outcome. The matching module draws
 * suggestions from it (docs/decisions/0060).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "areas", "accounts", "audit", "search" })
package jp.tomoni.talent;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
