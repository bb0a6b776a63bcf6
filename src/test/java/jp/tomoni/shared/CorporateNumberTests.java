package jp.tomoni.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CorporateNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "7000012050002", "3011101042092", "6340005002092", "6010005005541", "4010905001963",
			"8000020130001" })
	void acceptsRealNumbers(String number) {
		assertThat(CorporateNumber.isValid(number)).isTrue();
	}

	@Test
	void computesTheCheckDigitFromTheRight() {
		assertThat(CorporateNumber.checkDigit("000012050002")).isEqualTo(7);
		assertThat(CorporateNumber.checkDigit("011101042092")).isEqualTo(3);
	}

	@Test
	void refusesAWrongCheckDigitOrLength() {
		assertThat(CorporateNumber.isValid("6000012050002")).isFalse();
		assertThat(CorporateNumber.isValid("700001205000")).isFalse();
		assertThat(CorporateNumber.isValid(null)).isFalse();
	}

	@Test
	void parsesFullWidthDigitsWithHyphens() {
		assertThat(CorporateNumber.parse("７-００００-１２０５-０００２").value()).isEqualTo("7000012050002");
	}

	@Test
	void thereAreTwentyActivityFieldsInTheLawsOrder() {
		assertThat(ActivityField.ALL).hasSize(20);
		assertThat(ActivityField.ALL.get(12).shortName()).isEqualTo("子どもの健全育成");
		assertThat(ActivityField.isKnown("21")).isFalse();
	}
}
