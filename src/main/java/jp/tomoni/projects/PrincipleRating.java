package jp.tomoni.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A party's rating (1–5) of the partnership against one principle of collaboration, with its comment. */
@Embeddable
class PrincipleRating {

	@Column(name = "principle_code", nullable = false, length = 40)
	private String principleCode;

	@Column(name = "rating", nullable = false)
	private int rating;

	@Column(name = "comment", nullable = false, length = 2000)
	private String comment;

	protected PrincipleRating() {
	}

	PrincipleRating(String principleCode, int rating, String comment) {
		this.principleCode = principleCode;
		this.rating = rating;
		this.comment = comment;
	}

	String principleCode() {
		return principleCode;
	}

	int rating() {
		return rating;
	}

	String comment() {
		return comment;
	}
}
