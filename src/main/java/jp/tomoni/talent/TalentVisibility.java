package jp.tomoni.talent;

/**
 * Who may see an entry, as its holder chose. Contact details are never shown by any of them: they are shared only
 * when both sides of a match agree, or through a coordinator.
 */
public enum TalentVisibility {

	/** Coordinators and city staff only, for introductions they arrange. */
	STAFF_ONLY,

	/** Also suggested, by name, skills, fields and areas, to those who post a need. */
	MATCHING,

	/** Also listed on the public talent-bank page. */
	PUBLIC;

	public String messageKey() {
		return "talent.visibility." + name();
	}

	/** Whether the entry may be suggested to the poster of a need. */
	public boolean suggested() {
		return this != STAFF_ONLY;
	}
}
