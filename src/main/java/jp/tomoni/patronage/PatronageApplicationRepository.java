package jp.tomoni.patronage;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PatronageApplicationRepository extends JpaRepository<PatronageApplication, Long> {

	@Query("select a from PatronageApplication a where a.municipalityCode = :code and a.groupId in :groups"
			+ " order by a.appliedAt desc, a.id desc")
	List<PatronageApplication> ofGroups(@Param("code") String code, @Param("groups") Collection<Long> groups);

	List<PatronageApplication> findByMunicipalityCodeOrderByAppliedAtDescIdDesc(String code);

	List<PatronageApplication> findByMunicipalityCodeAndStatusOrderByAppliedAtDescIdDesc(String code,
			PatronageStatus status);

	@Query("select a from PatronageApplication a where a.eventId = :eventId and a.status = :status order by a.id")
	List<PatronageApplication> ofEvent(@Param("eventId") long eventId, @Param("status") PatronageStatus status);

	@Query("select count(a) > 0 from PatronageApplication a where a.eventId = :eventId and a.kind = :kind"
			+ " and a.status in (jp.tomoni.patronage.PatronageStatus.SUBMITTED, jp.tomoni.patronage.PatronageStatus.APPROVED)")
	boolean openFor(@Param("eventId") long eventId, @Param("kind") PatronageKind kind);

	@Query("select a from PatronageApplication a where a.appliedBy = :accountId or a.decidedBy = :accountId")
	List<PatronageApplication> namingAccount(@Param("accountId") long accountId);

	long countByDepartmentCode(String departmentCode);
}
