package jp.tomoni.shared;

import java.util.Map;

/**
 * Implemented by every module that keeps personal data about an account, so that the account holder's
 * export (個人情報の開示) and deletion reach everything the platform holds about them.
 */
public interface PersonalDataContributor {

	/** Name of the section in the export, e.g. {@code "mail"}. */
	String section();

	/** Everything this module holds about the person, as plain JSON-ready values. */
	Map<String, Object> collect(PersonRef person);

	/** Removes or anonymises what this module holds about the person, when the account is deleted. */
	void erase(PersonRef person);

	/** The person whose data is exported or erased. */
	record PersonRef(long accountId, String email) {
	}
}
