package jp.tomoni.shared;

/**
 * 全国地方公共団体コード: five digits (prefecture and city) followed by a modulus-11 check digit.
 *
 * @param value the six-digit code, check digit verified
 */
public record MunicipalityCode(String value) {

	public MunicipalityCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("invalid municipality code");
		}
	}

	/** Parses user input: normalised (全角 → 半角, hyphens and spaces removed), then verified. */
	public static MunicipalityCode parse(String input) {
		return new MunicipalityCode(digitsOnly(input));
	}

	public static boolean isValid(String code) {
		if (code == null || !code.matches("\\d{6}")) {
			return false;
		}
		return checkDigit(code.substring(0, 5)) == code.charAt(5) - '0';
	}

	/** Check digit of a five-digit code: weights 6..2, CD = (11 − S mod 11) mod 10. */
	public static int checkDigit(String fiveDigits) {
		if (!fiveDigits.matches("\\d{5}")) {
			throw new IllegalArgumentException("five digits expected");
		}
		int sum = 0;
		for (int i = 0; i < 5; i++) {
			sum += (6 - i) * (fiveDigits.charAt(i) - '0');
		}
		return (11 - sum % 11) % 10;
	}

	private static String digitsOnly(String input) {
		return JapaneseText.normalize(input).replaceAll("[\\s\\-‐－ー]", "");
	}

	@Override
	public String toString() {
		return value;
	}
}
