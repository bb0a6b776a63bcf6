package jp.tomoni.groups;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface GroupMemberRepository extends ListCrudRepository<GroupMembership, Long> {

	List<GroupMembership> findByGroupIdOrderByJoinedAtAsc(Long groupId);

	List<GroupMembership> findByAccountId(Long accountId);

	Optional<GroupMembership> findByGroupIdAndAccountId(Long groupId, Long accountId);

	boolean existsByGroupIdAndAccountIdAndRole(Long groupId, Long accountId, MemberRole role);

	boolean existsByAccountIdAndRole(Long accountId, MemberRole role);

	boolean existsByAccountId(Long accountId);

	long countByGroupIdAndRole(Long groupId, MemberRole role);

	@Query("select m.accountId from GroupMembership m where m.groupId = :groupId and m.role = :role")
	List<Long> accountIds(Long groupId, MemberRole role);

	/** Groups of the municipality with no administrator at all (every administrator's account deleted). */
	@Query("""
			select g from CivicGroup g where g.municipalityCode = :municipalityCode and not exists (
			  select m from GroupMembership m where m.groupId = g.id
			    and m.role = jp.tomoni.groups.MemberRole.ADMINISTRATOR)
			order by g.nameKana""")
	List<Group> groupsWithoutAdministrator(String municipalityCode);

	@Modifying
	@Query("delete from GroupMembership m where m.accountId = :accountId")
	int deleteByAccount(Long accountId);
}
