package jp.tomoni.proposals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PartnerConsentRepository extends JpaRepository<PartnerConsent, Long> {

	@Query("select c from PartnerConsent c where c.proposalId = ?1")
	List<PartnerConsent> ofProposal(long proposalId);

	@Query("select c from PartnerConsent c where c.accountId = ?1 order by c.id")
	List<PartnerConsent> givenBy(long accountId);

	/** The account is deleted: the consent stays the group's, without who gave it. */
	@Modifying
	@Query("update PartnerConsent c set c.accountId = null where c.accountId = ?1")
	int forgetGiver(long accountId);
}
