package jp.tomoni.groups;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface GroupInvitationRepository extends ListCrudRepository<GroupInvitation, Long> {

	Optional<GroupInvitation> findByTokenHash(String tokenHash);

	List<GroupInvitation> findByGroupIdOrderByCreatedAtDesc(Long groupId);

	List<GroupInvitation> findByEmailOrderByCreatedAtDesc(String email);

	List<GroupInvitation> findByInvitedByOrAnsweredBy(Long invitedBy, Long answeredBy);

	@Query("""
			select count(i) from GroupInvitation i where i.groupId = :groupId
			  and i.status = jp.tomoni.groups.InvitationStatus.PENDING and i.expiresAt > :now""")
	long countPending(Long groupId, Instant now);

	@Query("""
			select count(i) from GroupInvitation i where i.groupId = :groupId
			  and i.status = jp.tomoni.groups.InvitationStatus.PENDING and i.expiresAt > :now and i.email = :email""")
	long countPendingFor(Long groupId, String email, Instant now);

	long countByGroupIdAndCreatedAtAfter(Long groupId, Instant since);

	@Modifying
	@Query("delete from GroupInvitation i where i.email = :email")
	int deleteByEmail(String email);
}
