package jp.tomoni.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellsTests {

	@Test
	void datesInTheFormsListsUse() throws Exception {
		LocalDate day = LocalDate.of(2026, 9, 5);
		for (String text : new String[] { "2026/9/5", "2026-09-05", "2026.9.5", "2026年9月5日", "令和8年9月5日", "R8.9.5",
				"r8/9/5", "２０２６／９／５", "2026/9/5 0:00", "2026年9月5日(土)", "20260905" }) {
			assertThat(Cells.date(text)).as(text).isEqualTo(day);
		}
		assertThat(Cells.date("令和元年5月1日")).isEqualTo(LocalDate.of(2019, 5, 1));
		assertThat(Cells.date("平成31年4月30日")).isEqualTo(LocalDate.of(2019, 4, 30));
		assertThat(Cells.date("H31.5.1")).isEqualTo(LocalDate.of(2019, 5, 1));
		assertThat(Cells.date("昭和64年1月7日")).isEqualTo(LocalDate.of(1989, 1, 7));
		assertThat(Cells.date(" ")).isNull();
		for (String bad : new String[] { "2026/13/40", "2026/2/30", "9月5日", "未定", "令和X年1月1日", "平安8年1月1日" }) {
			assertThatThrownBy(() -> Cells.date(bad)).as(bad)
				.isInstanceOfSatisfying(Cells.CellException.class, e -> assertThat(e.code()).isEqualTo("import.cell.date"));
		}
	}

	@Test
	void times() throws Exception {
		assertThat(Cells.time("9:00")).isEqualTo(LocalTime.of(9, 0));
		assertThat(Cells.time("09:00:00")).isEqualTo(LocalTime.of(9, 0));
		assertThat(Cells.time("9時30分")).isEqualTo(LocalTime.of(9, 30));
		assertThat(Cells.time("13時")).isEqualTo(LocalTime.of(13, 0));
		assertThat(Cells.time("１３：３０")).isEqualTo(LocalTime.of(13, 30));
		assertThat(Cells.time("24:00")).isEqualTo(LocalTime.of(23, 59));
		assertThatThrownBy(() -> Cells.time("25:00")).isInstanceOf(Cells.CellException.class);
		assertThatThrownBy(() -> Cells.time("午後")).isInstanceOf(Cells.CellException.class);
		assertThatThrownBy(() -> Cells.time("930")).isInstanceOf(Cells.CellException.class);
	}

	@Test
	void numbersAndExcelExponents() throws Exception {
		assertThat(Cells.decimal("35.5712")).isEqualByComparingTo(new BigDecimal("35.5712"));
		assertThat(Cells.decimal("1,000")).isEqualByComparingTo(new BigDecimal("1000"));
		assertThatThrownBy(() -> Cells.decimal("1.00E+12"))
			.isInstanceOfSatisfying(Cells.CellException.class, e -> assertThat(e.code()).isEqualTo("import.cell.excelNumber"));
		assertThatThrownBy(() -> Cells.decimal("北緯35度")).isInstanceOf(Cells.CellException.class);
		assertThatThrownBy(() -> Cells.code("6.34E+12")).isInstanceOf(Cells.CellException.class);
		assertThat(Cells.code("0000000001")).isEqualTo("0000000001");
		assertThat(Cells.leadingCount("20人（申込順）")).isEqualTo(20);
		assertThat(Cells.leadingCount("1,200名")).isEqualTo(1200);
		assertThat(Cells.leadingCount("先着30名")).isEqualTo(30);
		assertThat(Cells.leadingCount("なし")).isNull();
	}
}
