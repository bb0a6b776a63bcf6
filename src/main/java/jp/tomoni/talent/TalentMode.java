package jp.tomoni.talent;

/** How a supporter helps: teaching (講師), advising (相談・助言) or hands-on help (実働). */
public enum TalentMode {

	TEACH, ADVISE, HANDS_ON;

	public String messageKey() {
		return "talent.mode." + name();
	}
}
