package jp.tomoni.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MunicipalityCodeTests {

	@ParameterizedTest(name = "{0} → check digit {1}")
	@CsvSource({ "13101,6", "22212,7", "13104,1", "13208,0", "18207,9", "14150,0", "35203,9", "20217,7", "13206,3",
			"13000,1", "01000,6" })
	void computesTheModulus11CheckDigit(String fiveDigits, int checkDigit) {
		assertThat(MunicipalityCode.checkDigit(fiveDigits)).isEqualTo(checkDigit);
		assertThat(MunicipalityCode.isValid(fiveDigits + checkDigit)).isTrue();
	}

	@Test
	void refusesAWrongCheckDigitOrLength() {
		assertThat(MunicipalityCode.isValid("131015")).isFalse();
		assertThat(MunicipalityCode.isValid("13101")).isFalse();
		assertThat(MunicipalityCode.isValid("1310166")).isFalse();
		assertThat(MunicipalityCode.isValid(null)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new MunicipalityCode("141501"));
	}

	@Test
	void parsesFullWidthDigitsAndHyphens() {
		assertThat(MunicipalityCode.parse("１４１５００").value()).isEqualTo("141500");
		assertThat(MunicipalityCode.parse(" 14-1500 ").value()).isEqualTo("141500");
	}
}
