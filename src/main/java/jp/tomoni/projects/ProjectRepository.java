package jp.tomoni.projects;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Projects of the register and their counts; counts leave cancelled projects out and go by the first day. */
interface ProjectRepository extends JpaRepository<Project, Long> {

	@Query("""
			select p from Project p
			where p.municipalityCode = :code and p.startDate between :first and :last
			and (:form is null or p.formCode = :form)
			and (:field is null or :field member of p.fieldCodes)
			and (:area is null or p.areaCode = :area)
			and (:city is null or p.cityTakesPart = :city)
			and (:status is null or p.status = :status)
			and (:withCancelled = true or p.status <> jp.tomoni.projects.ProjectStatus.CANCELLED)
			order by p.startDate desc, p.id desc""")
	Page<Project> search(@Param("code") String code, @Param("first") LocalDate first, @Param("last") LocalDate last,
			@Param("form") @Nullable String form, @Param("field") @Nullable String field,
			@Param("area") @Nullable String area, @Param("city") @Nullable Boolean city,
			@Param("status") @Nullable ProjectStatus status, @Param("withCancelled") boolean withCancelled,
			Pageable pageable);

	@Query("""
			select p from Project p where p.municipalityCode = :code and p.formCode in :forms
			and p.status <> jp.tomoni.projects.ProjectStatus.CANCELLED""")
	List<Project> commissions(@Param("code") String code, @Param("forms") Collection<String> forms);

	@Query("""
			select p.startDate, p.cityTakesPart from Project p
			where p.municipalityCode = :code and p.status <> jp.tomoni.projects.ProjectStatus.CANCELLED""")
	List<Object[]> startDates(@Param("code") String code);

	@Query("""
			select p.formCode, p.cityTakesPart, count(p) from Project p
			where p.municipalityCode = :code and p.startDate between :first and :last
			and p.status <> jp.tomoni.projects.ProjectStatus.CANCELLED
			group by p.formCode, p.cityTakesPart""")
	List<Object[]> countByForm(@Param("code") String code, @Param("first") LocalDate first,
			@Param("last") LocalDate last);

	@Query("""
			select f, p.cityTakesPart, count(p) from Project p join p.fieldCodes f
			where p.municipalityCode = :code and p.startDate between :first and :last
			and p.status <> jp.tomoni.projects.ProjectStatus.CANCELLED
			group by f, p.cityTakesPart""")
	List<Object[]> countByField(@Param("code") String code, @Param("first") LocalDate first,
			@Param("last") LocalDate last);

	@Query("select p.formCode, count(p) from Project p group by p.formCode")
	List<Object[]> countAllByForm();

	@Query("select p.departmentCode, count(p) from Project p where p.departmentCode is not null group by p.departmentCode")
	List<Object[]> countAllByDepartment();

	@Query("select count(p) from Project p where p.municipalityCode = :code and p.areaCode = :area")
	long countByArea(@Param("code") String code, @Param("area") String area);
}
