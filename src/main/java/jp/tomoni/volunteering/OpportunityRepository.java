package jp.tomoni.volunteering;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

	/** Published opportunities with a shift on or after the day, soonest shift first. */
	@Query("select o from Opportunity o where o.municipalityCode = :code and o.status = jp.tomoni.volunteering.OpportunityStatus.PUBLISHED"
			+ " and exists (select s from Shift s where s.opportunityId = o.id and s.date >= :from) order by o.id desc")
	List<Opportunity> publishedFrom(@Param("code") String code, @Param("from") LocalDate from);

	@Query("select o from Opportunity o where o.municipalityCode = :code and (o.createdBy = :accountId or o.groupId in :groupIds) order by o.id desc")
	List<Opportunity> managedBy(@Param("code") String code, @Param("accountId") long accountId,
			@Param("groupIds") Collection<Long> groupIds);

	@Query("select o from Opportunity o where o.municipalityCode = :code order by o.id desc")
	List<Opportunity> allOf(@Param("code") String code);
}
