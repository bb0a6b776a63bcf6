package jp.tomoni.talent;

/** How an introduction turned out: not known yet, it led to working together (成立), or it did not (不成立). */
public enum IntroductionOutcome {

	PENDING, MATCHED, NOT_MATCHED;

	public String messageKey() {
		return "talent.introduction.outcome." + name();
	}
}
