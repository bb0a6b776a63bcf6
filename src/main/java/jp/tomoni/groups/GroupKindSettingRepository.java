package jp.tomoni.groups;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface GroupKindSettingRepository extends ListCrudRepository<GroupKindSetting, GroupKindSetting.Key> {

	@Query("select s from GroupKindSetting s where s.id.municipalityCode = ?1")
	List<GroupKindSetting> findForMunicipality(String municipalityCode);
}
