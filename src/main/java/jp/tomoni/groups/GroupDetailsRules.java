package jp.tomoni.groups;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The rules of {@link GroupDetails} that the form alone cannot check, for every way a group is registered or changed
 * (form, import): each broken rule is a {@link GroupRuleViolation} naming the form field.
 */
final class GroupDetailsRules {

	/** 明治元年: older groups exist, but a founding year before it is a typing error in practice. */
	static final int EARLIEST_YEAR = 1868;

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private GroupDetailsRules() {
	}

	static void check(GroupDetails details, Clock clock) {
		if (!Exchange.OFFERS.containsAll(details.offerKinds())) {
			throw new GroupRuleViolation("offerKinds", "group.offerKinds.unknown");
		}
		if (!Exchange.SEEKS.containsAll(details.seekKinds())) {
			throw new GroupRuleViolation("seekKinds", "group.seekKinds.unknown");
		}
		if (details.legalForm() != null && !LegalForm.isKnown(details.legalForm())) {
			throw new GroupRuleViolation("legalForm", "group.legalForm.unknown");
		}
		YearMonth now = YearMonth.now(clock.withZone(JAPAN));
		if (details.foundingMonth() != null && details.foundingYear() == null) {
			throw new GroupRuleViolation("foundingYear", "group.founding.yearRequired");
		}
		if (details.foundingMonth() != null && (details.foundingMonth() < 1 || details.foundingMonth() > 12)) {
			throw new GroupRuleViolation("foundingMonth", "group.founding.month");
		}
		if (details.foundingYear() != null) {
			if (details.foundingYear() < EARLIEST_YEAR || details.foundingYear() > now.getYear()) {
				throw new GroupRuleViolation("foundingYear", "group.founding.year", EARLIEST_YEAR, now.getYear());
			}
			if (details.foundingMonth() != null
					&& YearMonth.of(details.foundingYear(), details.foundingMonth()).isAfter(now)) {
				throw new GroupRuleViolation("foundingMonth", "group.founding.future");
			}
		}
		if (details.memberCount() != null
				&& (details.memberCount() < 0 || details.memberCount() > GroupDetails.MAX_MEMBERS)) {
			throw new GroupRuleViolation("memberCount", "group.memberCount.range", GroupDetails.MAX_MEMBERS);
		}
		if (details.activityDaysNote() != null && details.activityDaysNote().length() > 200) {
			throw new GroupRuleViolation("activityDaysNote", "group.activityDaysNote.tooLong", 200);
		}
		List<String> links = details.socialLinks();
		if (links.size() > GroupDetails.MAX_SOCIAL_LINKS) {
			throw new GroupRuleViolation("socialLinks", "group.socialLinks.tooMany", GroupDetails.MAX_SOCIAL_LINKS);
		}
		for (int i = 0; i < links.size(); i++) {
			if (!SocialLinks.isValid(links.get(i))) {
				throw new GroupRuleViolation("socialLinks", "group.socialLinks.invalid", i + 1);
			}
		}
		if (links.stream().distinct().count() < links.size()) {
			throw new GroupRuleViolation("socialLinks", "group.socialLinks.duplicate");
		}
	}
}
