package jp.tomoni.groups;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface GroupKindRepository extends ListCrudRepository<GroupKind, String> {

	@Query("select k from GroupKind k where k.municipalityCode is null or k.municipalityCode = ?1 order by k.sortOrder")
	List<GroupKind> findForMunicipality(String municipalityCode);
}
