package jp.tomoni.groups;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface GroupAffiliationRepository extends ListCrudRepository<GroupAffiliation, Long> {

	List<GroupAffiliation> findByMemberGroupId(Long memberGroupId);

	List<GroupAffiliation> findByUmbrellaGroupId(Long umbrellaGroupId);

	boolean existsByMemberGroupIdAndUmbrellaGroupId(Long memberGroupId, Long umbrellaGroupId);

	List<GroupAffiliation> findByRequestedBy(Long requestedBy);
}
