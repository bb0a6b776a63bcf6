package jp.tomoni.volunteering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The row a person's sign-up locks first, so that their own simultaneous requests cannot book overlapping shifts. */
@Entity
@Table(name = "volunteer_person_lock")
class PersonLock {

	@Id
	@Column(name = "account_id")
	private Long accountId;

	protected PersonLock() {
	}

	PersonLock(long accountId) {
		this.accountId = accountId;
	}
}
