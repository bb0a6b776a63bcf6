package jp.tomoni.proposals;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PriorConsultationRepository extends JpaRepository<PriorConsultation, Long> {

	@Query("select c from PriorConsultation c where c.callId = ?1 order by c.id")
	List<PriorConsultation> ofCall(long callId);

	@Query("select c from PriorConsultation c where c.callId = ?1 and c.groupId = ?2 order by c.id")
	List<PriorConsultation> ofGroup(long callId, long groupId);

	/** The days of the consultations held, for counting by 年度. */
	@Query("select c.heldOn from PriorConsultation c where c.municipalityCode = ?1 and c.status = jp.tomoni.proposals.PriorConsultation.Status.HELD")
	List<LocalDate> heldDays(String municipalityCode);

	@Query("select c from PriorConsultation c where c.requestedBy = ?1 order by c.id")
	List<PriorConsultation> requestedBy(long accountId);

	/** The account is deleted: the consultation stays with its group and call, without who asked for it. */
	@Modifying
	@Query("update PriorConsultation c set c.requestedBy = null where c.requestedBy = ?1")
	int forgetRequester(long accountId);

	/** The account is deleted: the record stays, without the id of the staff member who wrote it. */
	@Modifying
	@Query("update PriorConsultation c set c.recordedBy = null where c.recordedBy = ?1")
	int forgetRecorder(long accountId);

	/** How many consultations each department attended, as [code, count]. */
	@Query("select c.departmentCode, count(c) from PriorConsultation c where c.departmentCode is not null group by c.departmentCode")
	List<Object[]> departmentUses();
}
