package jp.tomoni.talent;

/** Whether the help is free (無償), for expenses only (実費のみ) or paid (有償・応相談). */
public enum TalentFee {

	FREE, EXPENSES, PAID;

	public String messageKey() {
		return "talent.fee." + name();
	}
}
