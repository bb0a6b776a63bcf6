package jp.tomoni.proposals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tomoni.shared.MasterListEntry;

/** A review criterion (審査基準) with the weight a new call starts from: master data. */
@Entity
@Table(name = "review_criterion")
class ReviewCriterion extends MasterListEntry {

	/** Weights are whole points, at least 1 and at most this. */
	static final int MAX_WEIGHT = 100;

	@Column(name = "default_weight", nullable = false)
	private int defaultWeight;

	protected ReviewCriterion() {
	}

	ReviewCriterion(String code, String name, String nameEn, int sortOrder, int defaultWeight) {
		super(code, name, nameEn, sortOrder);
		this.defaultWeight = defaultWeight;
	}

	int defaultWeight() {
		return defaultWeight;
	}

	void defaultWeight(int weight) {
		if (weight < 1 || weight > MAX_WEIGHT) {
			throw new ProposalRuleViolation("weight", "reviewCriterion.weight.range", MAX_WEIGHT);
		}
		this.defaultWeight = weight;
	}
}
