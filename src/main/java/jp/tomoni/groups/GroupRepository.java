package jp.tomoni.groups;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface GroupRepository extends ListCrudRepository<Group, Long> {


	List<Group> findByMunicipalityCodeAndStatusOrderBySubmittedAtAsc(String municipalityCode, GroupStatus status);

	List<Group> findByMunicipalityCodeAndStatusOrderByNameKanaAsc(String municipalityCode, GroupStatus status);

	/** The last change of a group in this status (the open-data page's last update of the directory). */
	@Query("select max(g.updatedAt) from CivicGroup g where g.municipalityCode = ?1 and g.status = ?2")
	Instant lastUpdate(String municipalityCode, GroupStatus status);
}
