package jp.tomoni.shared;

/**
 * 法人番号: a check digit followed by a twelve-digit base; the check digit is 9 − (Σ Pn×Qn mod 9), where Pn is
 * the n-th digit of the base from the right and Qn is 1 for odd n and 2 for even n.
 *
 * @param value the thirteen-digit number, check digit verified
 */
public record CorporateNumber(String value) {

	public CorporateNumber {
		if (!isValid(value)) {
			throw new IllegalArgumentException("invalid corporate number");
		}
	}

	/** Parses user input: normalised (全角 → 半角), hyphens and spaces removed, then verified. */
	public static CorporateNumber parse(String input) {
		return new CorporateNumber(JapaneseText.normalize(input).replaceAll("[\\s\\-‐－]", ""));
	}

	public static boolean isValid(String number) {
		return number != null && number.matches("\\d{13}") && checkDigit(number.substring(1)) == number.charAt(0) - '0';
	}

	/** Check digit of a twelve-digit base. */
	public static int checkDigit(String base) {
		if (!base.matches("\\d{12}")) {
			throw new IllegalArgumentException("twelve digits expected");
		}
		int sum = 0;
		for (int n = 1; n <= 12; n++) {
			int digit = base.charAt(12 - n) - '0';
			sum += digit * (n % 2 == 1 ? 1 : 2);
		}
		return 9 - sum % 9;
	}

	@Override
	public String toString() {
		return value;
	}
}
