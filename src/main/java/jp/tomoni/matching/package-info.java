/**
 * Needs and offers (してほしい・したい): groups, residents and city staff post what they need or offer — people,
 * skills, goods, places, money, partners — with fields, areas and a period. Each post shows ranked suggestions from
 * the other side (posts, groups, talent-bank supporters) with the reasons for each; 関心あり tells the other side,
 * contact details are shared only when both agree, and a coordinator can introduce them and record the
 * introduction (docs/decisions/0061).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "areas", "accounts", "audit", "search", "talent",
		"groups" })
package jp.tomoni.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
