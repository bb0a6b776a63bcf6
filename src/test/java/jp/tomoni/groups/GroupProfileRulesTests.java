package jp.tomoni.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules of the richer profile: legal forms, founding year and month, members, activity days, social links. */
class GroupProfileRulesTests {

	/** 2026-11-26 in Japan. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);

	private static GroupDetails details(String legalForm, Integer year, Integer month, Integer members,
			List<String> links) {
		return new GroupDetails(legalForm, year, month, members, Set.of(DayOfWeek.SATURDAY), "毎月第2土曜日", links);
	}

	private static void refused(GroupDetails details, String field, String code) {
		assertThatThrownBy(() -> GroupDetailsRules.check(details, CLOCK))
			.isInstanceOfSatisfying(GroupRuleViolation.class, violation -> {
				assertThat(violation.field()).isEqualTo(field);
				assertThat(violation.code()).isEqualTo(code);
			});
	}

	@Test
	void aCompleteProfileIsAccepted() {
		assertThatCode(() -> GroupDetailsRules.check(details("npo-corporation", 2015, 4, 120,
				List.of("https://www.instagram.com/sakura", "https://x.com/sakura")), CLOCK))
			.doesNotThrowAnyException();
		assertThatCode(() -> GroupDetailsRules.check(GroupDetails.NONE, CLOCK)).doesNotThrowAnyException();
		assertThatCode(() -> GroupDetailsRules.check(details(null, 2026, 11, 0, List.of()), CLOCK))
			.doesNotThrowAnyException();
	}

	@Test
	void theLegalFormMustBeOneOfTheList() {
		refused(details("kabushiki", null, null, null, List.of()), "legalForm", "group.legalForm.unknown");
		assertThat(LegalForm.ALL).hasSize(11);
		assertThat(LegalForm.isKnown("authorised-neighbourhood-association")).isTrue();
	}

	@Test
	void theFoundingMonthNeedsAYearAndNeitherLiesInTheFuture() {
		refused(details(null, null, 4, null, List.of()), "foundingYear", "group.founding.yearRequired");
		refused(details(null, 2027, null, null, List.of()), "foundingYear", "group.founding.year");
		refused(details(null, 1867, null, null, List.of()), "foundingYear", "group.founding.year");
		refused(details(null, 2026, 12, null, List.of()), "foundingMonth", "group.founding.future");
		refused(details(null, 2020, 13, null, List.of()), "foundingMonth", "group.founding.month");
	}

	@Test
	void theFoundingDateKeepsItsPrecision() {
		assertThat(details(null, 2015, 4, null, List.of()).foundingDate()).isEqualTo("2015-04");
		assertThat(details(null, 1998, null, null, List.of()).foundingDate()).isEqualTo("1998");
		assertThat(GroupDetails.NONE.foundingDate()).isNull();
	}

	@Test
	void membersAreANonNegativeNumberWithinReason() {
		refused(details(null, null, null, -1, List.of()), "memberCount", "group.memberCount.range");
		refused(details(null, null, null, 1_000_001, List.of()), "memberCount", "group.memberCount.range");
	}

	@Test
	void socialLinksAreAtMostFiveHttpsAddresses() {
		refused(details(null, null, null, null, List.of("http://x.com/sakura")), "socialLinks",
				"group.socialLinks.invalid");
		refused(details(null, null, null, null, List.of("https://x.com/a", "javascript:alert(1)")), "socialLinks",
				"group.socialLinks.invalid");
		refused(details(null, null, null, null, Collections.nCopies(6, "https://x.com/a")), "socialLinks",
				"group.socialLinks.tooMany");
		refused(details(null, null, null, null, List.of("https://x.com/a", "https://x.com/a")), "socialLinks",
				"group.socialLinks.duplicate");
	}

	@Test
	void aSocialLinkIsAnAbsoluteHttpsAddressWithAHost() {
		assertThat(SocialLinks.isValid("https://www.facebook.com/groups/123")).isTrue();
		assertThat(SocialLinks.isValid("https://line.me/R/ti/p/@sakura")).isTrue();
		assertThat(SocialLinks.isValid("https://note.com/sakura/n/n1234?x=1#top")).isTrue();
		assertThat(SocialLinks.isValid("http://www.facebook.com/")).isFalse();
		assertThat(SocialLinks.isValid("https://")).isFalse();
		assertThat(SocialLinks.isValid("https://localhost/")).isFalse();
		assertThat(SocialLinks.isValid("https://user:pass@example.jp/")).isFalse();
		assertThat(SocialLinks.isValid("https://example.jp/a b")).isFalse();
		assertThat(SocialLinks.isValid("//example.jp/")).isFalse();
		assertThat(SocialLinks.isValid("data:text/html,<script>alert(1)</script>")).isFalse();
		assertThat(SocialLinks.isValid("https://example.jp/" + "a".repeat(500))).isFalse();
	}

	@Test
	void theServiceOfALinkIsRecognisedByItsHost() {
		assertThat(SocialLinks.service("https://www.instagram.com/sakura")).isEqualTo("instagram");
		assertThat(SocialLinks.service("https://twitter.com/sakura")).isEqualTo("x");
		assertThat(SocialLinks.service("https://youtu.be/abc")).isEqualTo("youtube");
		assertThat(SocialLinks.service("https://note.com/sakura")).isEqualTo("note");
		assertThat(SocialLinks.service("https://notex.com/sakura")).isEqualTo("other");
		assertThat(SocialLinks.service("https://evil-x.com/")).isEqualTo("other");
	}

	@Test
	void theFormTurnsItsTextIntoTheDetails() {
		GroupForm form = new GroupForm("さくら", "さくら", "volunteer-group", "", Set.of("13"), Set.of(), "目的", "", "", "",
				false, "", "", Visibility.STAFF, "", Visibility.STAFF, "", 2015, 4, 30,
				Set.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), "  毎月第2日曜日 ",
				"\n https://x.com/sakura \r\n\nhttps://note.com/sakura\n", Set.of("places"), null);
		GroupDetails details = form.toCommand().details();
		assertThat(details.offerKinds()).containsExactly("places");
		assertThat(details.seekKinds()).isEmpty();
		assertThat(details.legalForm()).isNull();
		assertThat(details.activityDaysInOrder()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
		assertThat(details.activityDaysNote()).isEqualTo("毎月第2日曜日");
		assertThat(details.socialLinks()).containsExactly("https://x.com/sakura", "https://note.com/sakura");
		GroupForm again = GroupForm.of(form.toCommand());
		assertThat(again.socialLinks()).isEqualTo("https://x.com/sakura\nhttps://note.com/sakura");
		assertThat(again.foundingYear()).isEqualTo(2015);
	}

	@Test
	void theStoredColumnsGiveBackTheDetails() {
		GroupDetails details = details("other", 2001, null, 12, List.of("https://x.com/a", "https://note.com/b"));
		assertThat(GroupDetailsColumns.toDetails(GroupDetailsColumns.of(details))).isEqualTo(details);
		assertThat(GroupDetailsColumns.toDetails(null)).isEqualTo(GroupDetails.NONE);
	}

	@Test
	void theContactRelayKeepsLineBreaksOutOfMailHeaders() {
		assertThat(GroupContactRelay.oneLine("件名\r\nBcc: spam@example.jp")).isEqualTo("件名 Bcc: spam@example.jp");
	}
}
