package jp.tomoni.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FiscalYearTests {

	@Test
	void theThirtyFirstOfMarchEndsTheYearAndTheFirstOfAprilBeginsTheNext() {
		assertThat(FiscalYear.of(LocalDate.of(2025, 3, 31))).isEqualTo(new FiscalYear(2024));
		assertThat(FiscalYear.of(LocalDate.of(2025, 4, 1))).isEqualTo(new FiscalYear(2025));
		assertThat(FiscalYear.of(LocalDate.of(2026, 3, 31))).isEqualTo(new FiscalYear(2025));
		assertThat(FiscalYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(new FiscalYear(2026));
		assertThat(FiscalYear.of(LocalDate.of(2026, 12, 31))).isEqualTo(new FiscalYear(2026));
		assertThat(FiscalYear.of(LocalDate.of(2027, 1, 1))).isEqualTo(new FiscalYear(2026));
	}

	@Test
	void theYearTurnsAtMidnightInJapanNotInUtc() {
		// 2026-03-31T15:00Z is 2026-04-01 00:00 in Tokyo.
		assertThat(FiscalYear.of(Instant.parse("2026-03-31T14:59:59Z"))).isEqualTo(new FiscalYear(2025));
		assertThat(FiscalYear.of(Instant.parse("2026-03-31T15:00:00Z"))).isEqualTo(new FiscalYear(2026));
		assertThat(FiscalYear.current(Clock.fixed(Instant.parse("2026-03-31T15:00:00Z"), ZoneOffset.UTC)))
			.isEqualTo(new FiscalYear(2026));
		FiscalYear fy2026 = new FiscalYear(2026);
		assertThat(fy2026.start()).isEqualTo(Instant.parse("2026-03-31T15:00:00Z"));
		assertThat(fy2026.end()).isEqualTo(Instant.parse("2027-03-31T15:00:00Z"));
		assertThat(fy2026.contains(Instant.parse("2026-03-31T15:00:00Z"))).isTrue();
		assertThat(fy2026.contains(Instant.parse("2027-03-31T14:59:59Z"))).isTrue();
		assertThat(fy2026.contains(Instant.parse("2027-03-31T15:00:00Z"))).isFalse();
		assertThat(fy2026.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
	}

	@Test
	void japaneseLabelsFollowTheEraWithGannenForTheFirstYear() {
		assertThat(new FiscalYear(2026).japaneseLabel()).isEqualTo("令和8年度");
		assertThat(new FiscalYear(2025).japaneseLabel()).isEqualTo("令和7年度");
		assertThat(new FiscalYear(2020).japaneseLabel()).isEqualTo("令和2年度");
		// Reiwa began on 2019-05-01, within FY2019: most documents call it 令和元年度.
		assertThat(new FiscalYear(2019).japaneseLabel()).isEqualTo("令和元年度");
		assertThat(new FiscalYear(2018).japaneseLabel()).isEqualTo("平成30年度");
		assertThat(new FiscalYear(1989).japaneseLabel()).isEqualTo("平成元年度");
		// Heisei began on 1989-01-08, in the last quarter of FY1988, which stays 昭和63年度.
		assertThat(new FiscalYear(1988).japaneseLabel()).isEqualTo("昭和63年度");
	}

	@Test
	void otherLanguagesGetTheWesternYear() {
		assertThat(new FiscalYear(2026).label(Locale.JAPANESE)).isEqualTo("令和8年度");
		assertThat(new FiscalYear(2026).label(Locale.ENGLISH)).isEqualTo("FY2026");
	}

	@Test
	void monthsAreOrderedFromApril() {
		assertThat(FiscalYear.monthIndex(4)).isZero();
		assertThat(FiscalYear.monthIndex(9)).isEqualTo(5);
		assertThat(FiscalYear.monthIndex(3)).isEqualTo(11);
	}
}
