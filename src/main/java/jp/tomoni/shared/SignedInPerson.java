package jp.tomoni.shared;

/**
 * The signed-in person as every module may see it (implemented by the security principal), so that modules
 * know who acts without depending on the accounts module.
 */
public interface SignedInPerson {

	long accountId();

	String email();

	String displayName();

	String municipalityCode();
}
