package jp.tomoni.consultations;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Records of the log and their counts; every count is of one municipality between two days (a 年度). */
interface ConsultationRepository extends JpaRepository<Consultation, Long> {

	@Query("""
			select c from Consultation c
			where c.municipalityCode = :code and c.consultedOn between :first and :last
			and (:desk is null or c.deskCode = :desk)
			and (:topic is null or :topic member of c.topicCodes)
			order by c.consultedOn desc, c.id desc""")
	Page<Consultation> search(@Param("code") String code, @Param("first") LocalDate first,
			@Param("last") LocalDate last, @Param("desk") @Nullable String desk, @Param("topic") @Nullable String topic,
			Pageable pageable);

	@Query("""
			select year(c.consultedOn), month(c.consultedOn), count(c) from Consultation c
			where c.municipalityCode = :code and c.consultedOn between :first and :last
			group by year(c.consultedOn), month(c.consultedOn)""")
	List<Object[]> countByMonth(@Param("code") String code, @Param("first") LocalDate first,
			@Param("last") LocalDate last);

	@Query("""
			select c.deskCode, count(c) from Consultation c
			where c.municipalityCode = :code and c.consultedOn between :first and :last group by c.deskCode""")
	List<Object[]> countByDesk(@Param("code") String code, @Param("first") LocalDate first,
			@Param("last") LocalDate last);

	@Query("""
			select t, count(c) from Consultation c join c.topicCodes t
			where c.municipalityCode = :code and c.consultedOn between :first and :last group by t""")
	List<Object[]> countByTopic(@Param("code") String code, @Param("first") LocalDate first,
			@Param("last") LocalDate last);

	@Query("""
			select c.channel, count(c) from Consultation c
			where c.municipalityCode = :code and c.consultedOn between :first and :last group by c.channel""")
	List<Object[]> countByChannel(@Param("code") String code, @Param("first") LocalDate first,
			@Param("last") LocalDate last);

	@Query("""
			select c.consulterKind, count(c) from Consultation c
			where c.municipalityCode = :code and c.consultedOn between :first and :last group by c.consulterKind""")
	List<Object[]> countByConsulter(@Param("code") String code, @Param("first") LocalDate first,
			@Param("last") LocalDate last);

	@Query("""
			select r.targetType, count(r) from Consultation c join c.referrals r
			where c.municipalityCode = :code and c.consultedOn between :first and :last group by r.targetType""")
	List<Object[]> countReferralsByTarget(@Param("code") String code, @Param("first") LocalDate first,
			@Param("last") LocalDate last);

	@Query("select c.deskCode, count(c) from Consultation c where c.municipalityCode = :code group by c.deskCode")
	List<Object[]> countAllByDesk(@Param("code") String code);

	@Query("select t, count(c) from Consultation c join c.topicCodes t where c.municipalityCode = :code group by t")
	List<Object[]> countAllByTopic(@Param("code") String code);

	@Query("select min(c.consultedOn) from Consultation c where c.municipalityCode = :code")
	@Nullable LocalDate firstDay(@Param("code") String code);
}
