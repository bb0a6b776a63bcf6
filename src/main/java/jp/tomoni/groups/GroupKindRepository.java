package jp.tomoni.groups;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface GroupKindRepository extends ListCrudRepository<GroupKind, String> {

	/** Presets and the municipality's own kinds, in the municipality's order (its {@link GroupKindSetting}s). */
	@Query("select k from GroupKind k left join GroupKindSetting s on s.id.kindCode = k.code and s.id.municipalityCode = ?1"
			+ " where k.municipalityCode is null or k.municipalityCode = ?1 order by coalesce(s.sortOrder, k.sortOrder), k.code")
	List<GroupKind> findForMunicipality(String municipalityCode);
}
