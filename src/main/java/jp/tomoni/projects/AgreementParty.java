package jp.tomoni.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A party of an agreement as it was generated: its name and its roles and responsibilities. */
@Embeddable
class AgreementParty {

	@Column(name = "party_name", nullable = false, length = 200)
	private String name;

	@Column(name = "duties", nullable = false, length = 2000)
	private String duties;

	protected AgreementParty() {
	}

	AgreementParty(String name, String duties) {
		this.name = name;
		this.duties = duties;
	}

	String name() {
		return name;
	}

	String duties() {
		return duties;
	}
}
