package jp.tomoni.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class EventPagesTests {

	@Test
	void datesCarryTheJapaneseOffset() {
		assertThat(EventPages.dateTime(LocalDate.of(2026, 12, 5), LocalTime.of(10, 0))).isEqualTo("2026-12-05T10:00+09:00");
		assertThat(EventPages.dateTime(LocalDate.of(2026, 12, 5), null)).isEqualTo("2026-12-05");
	}

	@Test
	void theFeeAmountIsReadFromItsText() {
		assertThat(EventPages.price("1,500円(資料代)")).contains(new BigDecimal("1500"));
		assertThat(EventPages.price("実費")).isEmpty();
	}
}
