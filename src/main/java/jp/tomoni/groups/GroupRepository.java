package jp.tomoni.groups;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface GroupRepository extends ListCrudRepository<Group, Long> {


	List<Group> findByMunicipalityCodeAndStatusOrderBySubmittedAtAsc(String municipalityCode, GroupStatus status);

	List<Group> findByMunicipalityCodeAndStatusOrderByNameKanaAsc(String municipalityCode, GroupStatus status);
}
