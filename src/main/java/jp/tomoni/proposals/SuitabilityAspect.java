package jp.tomoni.proposals;

/**
 * The two viewpoints of Fuchu's suitability check (第3章1): whether the work is by its nature suited to
 * collaboration (性質上の視点), and whether collaborating brings an effect (効果の視点). The items under each are master
 * data ({@link SuitabilityItems}); only the two viewpoints are fixed.
 */
public enum SuitabilityAspect {

	/** 性質上の視点. */
	NATURE,

	/** 効果の視点. */
	EFFECT;

	public String messageKey() {
		return "suitabilityItem.aspect." + name();
	}
}
